import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { FamilyRecords, type HttpRequest } from '@onrecord/platform/auth';
import { ReportHttpErrors } from '@onrecord/reports';
import { EvidencePacketService } from '../packet/evidence-packet.service';
import { parsePacketOptions } from '../packet/packet-options';
import { LetterPdfService } from '../letter/letter-pdf.service';

/** A generated file as a download: never a page, never kept by a shared cache. */
function sendFile(
  res: Response,
  file: { bytes: Buffer; contentType: string; fileName: string },
): void {
  res.status(200);
  res.attachment(file.fileName);
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-length', String(file.bytes.length));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'private, no-store');
  res.end(file.bytes);
}

/**
 * `GET /exports/cases/<case id>/evidence-packet` (`format` pdf or csv, `from`, `to`,
 * `internal`, `documents`) and `GET /exports/requests/<request id>/letter`: with the console's
 * bearer token, the same access rule as the case in GraphQL, in the request's transaction under
 * row-level security, so another organization's id is simply not found.
 */
@Controller('exports')
@UseFilters(ReportHttpErrors)
export class EvidencePacketController {
  constructor(
    private readonly packets: EvidencePacketService,
    private readonly letters: LetterPdfService,
  ) {}

  @Get('cases/:caseId/evidence-packet')
  @FamilyRecords()
  async packet(
    @Param('caseId') caseId: string,
    @Query() query: Record<string, unknown>,
    @Req() req: HttpRequest,
    @Res() res: Response,
  ): Promise<void> {
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let succeeded = false;
    try {
      const options = parsePacketOptions(query);
      const file = await this.packets.build(await request.scope(), caseId, options);
      succeeded = true;
      sendFile(res, file);
    } finally {
      await request.finish(succeeded);
    }
  }

  @Get('requests/:requestId/letter')
  @FamilyRecords()
  async letter(
    @Param('requestId') requestId: string,
    @Req() req: HttpRequest,
    @Res() res: Response,
  ): Promise<void> {
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let succeeded = false;
    try {
      const file = await this.letters.build(await request.scope(), requestId);
      succeeded = true;
      sendFile(res, file);
    } finally {
      await request.finish(succeeded);
    }
  }
}
