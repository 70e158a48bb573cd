import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { DocumentStorage, sendDocument } from '@onrecord/documents';
import { Portal, type HttpRequest } from '@onrecord/platform/auth';
import { ReportHttpErrors } from '@onrecord/reports';
import { PortalDocumentsService } from './portal-documents.service';

/**
 * `GET /portal/documents/<id>/content`: a document the family's advocate shared, downloaded
 * with the portal session as bearer token. Any other document — not shared, archived, another
 * family's or organization's — is not found.
 */
@Controller('portal/documents')
@UseFilters(ReportHttpErrors)
export class PortalDocumentsController {
  constructor(
    private readonly documents: PortalDocumentsService,
    private readonly storage: DocumentStorage,
  ) {}

  @Get(':id/content')
  @Portal()
  async download(
    @Param('id') id: string,
    @Req() req: HttpRequest,
    @Res() res: Response,
  ): Promise<void> {
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    let succeeded = false;
    try {
      const document = await this.documents.shared(await request.scope(), request.guardian(), id);
      succeeded = true;
      await sendDocument(this.storage, document, res);
    } finally {
      await request.finish(succeeded);
    }
  }
}
