import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { Readable } from 'node:stream';
import { DocumentStorage, NotStoredError } from '@onrecord/documents';
import { EvidencePacketService, type PacketOptions } from '@onrecord/evidence-packet';
import { AuditEvent } from '@onrecord/platform/audit';
import { Roles, type HttpRequest } from '@onrecord/platform/auth';
import { notFound } from '@onrecord/platform/errors';
import { isUuid, type DataScope } from '@onrecord/platform/database';
import { MemberRole } from '@onrecord/organizations';
import { ReportHttpErrors } from '@onrecord/reports';
import { FamilyRecordsReader, type FamilyRecords } from './family-export.service';
import { documentPath, writeFamilyZip, type ExportedFile } from './family-export.zip';

/**
 * `GET /exports/families/<family id>`: everything the organization holds about a family, as
 * a ZIP of JSON and CSV files with its documents' files and each case's evidence packet
 * (admins only, as a bearer token). The export is audited.
 */
@Controller('exports/families')
@UseFilters(ReportHttpErrors)
export class FamilyExportController {
  constructor(
    private readonly reader: FamilyRecordsReader,
    private readonly storage: DocumentStorage,
    private readonly packets: EvidencePacketService,
  ) {}

  /**
   * Each case's evidence packet as a PDF: the whole record, internal notes included (the export
   * is everything held); the documents are not appended, their files are in the ZIP already.
   */
  private packetFiles(scope: DataScope, records: FamilyRecords): ExportedFile[] {
    const options: PacketOptions = {
      format: 'pdf',
      from: null,
      to: null,
      includeInternal: true,
      includeDocuments: false,
    };
    return (records.tables['case_record'] ?? []).map((row) => ({
      name: `evidence-packets/${String(row['id'])}.pdf`,
      open: async () =>
        Readable.from([(await this.packets.build(scope, String(row['id']), options)).bytes]),
    }));
  }

  /** The family's documents' files, read from the storage under the organization's prefix. */
  private documentFiles(organizationId: string, records: FamilyRecords): ExportedFile[] {
    return (records.tables['document'] ?? []).map((row) => ({
      name: documentPath(row),
      open: () =>
        this.storage.read(organizationId, String(row['storage_key'])).catch((error: unknown) => {
          if (error instanceof NotStoredError) return undefined;
          throw error;
        }),
    }));
  }

  @Get(':familyId')
  @Roles(MemberRole.ADMIN)
  async export(
    @Param('familyId') familyId: string,
    @Req() req: HttpRequest,
    @Res() res: Response,
  ): Promise<void> {
    const request = req.onrecord;
    if (!request) throw new Error('the access guard did not run');
    if (!isUuid(familyId)) throw notFound('Family');
    let succeeded = false;
    try {
      const scope = await request.scope();
      const member = request.member();
      const records = await this.reader.read(scope, familyId);
      const [organization] = (await scope.manager.query(
        'SELECT name FROM organization WHERE id = $1',
        [member.organizationId],
      )) as Array<{ name: string }>;
      await scope.manager.insert(AuditEvent, {
        organizationId: member.organizationId,
        actorUserId: member.userId,
        actorGuardianId: null,
        action: 'exportFamilyData',
        entityType: 'Family',
        entityId: familyId,
        changes: { change: 'updated', after: { exported: true } },
        requestId: request.requestId ?? null,
      });
      succeeded = true;
      res.status(200);
      res.setHeader('content-type', 'application/zip');
      res.setHeader(
        'content-disposition',
        `attachment; filename="family-${familyId}-${new Date().toISOString().slice(0, 10)}.zip"`,
      );
      await writeFamilyZip(records, organization?.name ?? 'the organization', res, [
        ...this.packetFiles(scope, records),
        ...this.documentFiles(member.organizationId, records),
      ]);
    } finally {
      await request.finish(succeeded);
    }
  }
}
