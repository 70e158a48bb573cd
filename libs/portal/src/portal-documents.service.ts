import { Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import {
  Document,
  DocumentsService,
  FAMILY_DOCUMENT_KINDS,
  newDocumentFields,
} from '@onrecord/documents';
import { type DataScope, isUuid } from '@onrecord/platform/database';
import { badUserInput, notFound } from '@onrecord/platform/errors';
import type { PortalPrincipal } from '@onrecord/platform/request';
import { ownFamilies } from './own-families';
import type { PortalDocument } from './portal-document.objects';

/** The upload form's fields a family may send: which case, what it is, a title, its date. */
const FAMILY_FIELDS = ['caseId', 'kind', 'title', 'documentDate'];

/**
 * The documents an advocate shared with the family, on the caller's own cases only
 * (ownFamilies: another family's case gives nothing), never an archived one; and the ones
 * the family adds themselves, shared with them from the start.
 */
@Injectable()
export class PortalDocumentsService {
  constructor(private readonly documents: DocumentsService) {}

  /**
   * A document the family adds to one of their cases (a photo of a letter…): the same intake
   * as the console's (type read from the bytes, size, a safe name), of a kind a family may
   * add, by the guardian of that case's family, shared with the family.
   */
  async add(
    scope: DataScope,
    principal: PortalPrincipal,
    body: Record<string, unknown>,
    file: { originalName: string | undefined; bytes: Buffer },
  ): Promise<Document> {
    const given = Object.fromEntries(
      Object.entries(body ?? {}).filter(([key]) => FAMILY_FIELDS.includes(key)),
    );
    const fields = await newDocumentFields(given);
    if (!FAMILY_DOCUMENT_KINDS.includes(fields.kind))
      throw badUserInput([
        { field: 'kind', message: `must be one of ${FAMILY_DOCUMENT_KINDS.join(', ')}` },
      ]);
    const own = ownFamilies(scope, principal);
    const found = await own.case(fields.caseId);
    // The same person may be a guardian in two families here: the document is by this case's.
    const [guardian] = await own.guardians(found.familyId);
    if (!guardian) throw notFound('Case');
    scope.attribute({ actorUserId: null, actorGuardianId: guardian.id });
    return this.documents.add(
      scope,
      { guardianId: guardian.id },
      { ...fields, caseId: found.id, sharedWithFamily: true },
      file,
    );
  }

  /** The bytes of a document whose record was not saved after all. */
  discard(row: Pick<Document, 'organizationId' | 'storageKey'>): Promise<void> {
    return this.documents.discard(row);
  }

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

export function toPortalDocument(row: Document): PortalDocument {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    documentDate: row.documentDate,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    addedAt: row.createdAt,
    addedByFamily: row.addedByGuardianId !== null,
    downloadPath: `/portal/documents/${row.id}/content`,
  };
}
