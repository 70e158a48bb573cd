import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Document } from '@onrecord/documents';
import { type DataScope, isUuid } from '@onrecord/platform/database';
import { notFound } from '@onrecord/platform/errors';
import type { PortalPrincipal } from '@onrecord/platform/request';
import { ownFamilies } from './own-families';
import type { PortalDocument } from './portal-document.objects';

/**
 * The documents an advocate shared with the family, on the caller's own cases only
 * (ownFamilies: another family's case gives nothing), never an archived one.
 */
@Injectable()
export class PortalDocumentsService {
  /** For each case asked, in the order asked, newest first: one query for all of them. */
  async forCases(
    scope: DataScope,
    principal: PortalPrincipal,
    caseIds: readonly string[],
  ): Promise<PortalDocument[][]> {
    const own = new Set((await ownFamilies(scope, principal).cases()).map((c) => c.id));
    const cases = caseIds.filter((id) => own.has(id));
    const rows = cases.length
      ? await scope.manager.find(Document, {
          where: { caseId: In(cases), sharedWithFamily: true, archivedAt: IsNull() },
          order: { createdAt: 'DESC', id: 'DESC' },
        })
      : [];
    return caseIds.map((id) => rows.filter((d) => d.caseId === id).map(toPortalDocument));
  }

  /** A shared document of one of their cases, else NOT_FOUND (however the id was come by). */
  async shared(scope: DataScope, principal: PortalPrincipal, id: string): Promise<Document> {
    const document = isUuid(id)
      ? await scope.manager.findOneBy(Document, {
          id,
          sharedWithFamily: true,
          archivedAt: IsNull(),
        })
      : null;
    const own = document
      ? (await ownFamilies(scope, principal).cases()).some((c) => c.id === document.caseId)
      : false;
    if (!document || !own) throw notFound('Document');
    return document;
  }
}

function toPortalDocument(row: Document): PortalDocument {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    documentDate: row.documentDate,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    addedAt: row.createdAt,
    downloadPath: `/portal/documents/${row.id}/content`,
  };
}
