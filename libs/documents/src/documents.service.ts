import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type DataScope, deleteRecord, findRecord, setArchived } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import {
  decodeCursor,
  isTimestamp,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import type { MemberPrincipal } from '@onrecord/platform/request';
import { Case } from '@onrecord/cases';
import { WrittenRequest } from '@onrecord/requests';
import { Document } from './model/document.entity';
import { DocumentStorage, documentKey } from './storage/document-storage';
import { sniffDocumentType } from './intake/sniff';
import { safeFileName } from './intake/file-name';
import type {
  CaseDocumentsArgs,
  NewDocumentFields,
  UpdateDocumentInput,
} from './api/document.inputs';
import { toDocument, type DocumentObject } from './api/document.objects';

/** The file as it came in an upload. */
export interface UploadedFile {
  originalName: string | undefined;
  bytes: Buffer;
}

/**
 * Documents on cases: added (the bytes checked, named safely and stored under the
 * organization's prefix), described, shared with the family or not, archived, deleted (their
 * bytes with them, once the deletion committed).
 */
@Injectable()
export class DocumentsService {
  constructor(private readonly storage: DocumentStorage) {}

  async add(
    scope: DataScope,
    member: MemberPrincipal,
    fields: NewDocumentFields,
    file: UploadedFile,
  ): Promise<Document> {
    const found = await findRecord(scope, Case, fields.caseId, 'Case');
    if (fields.requestId) {
      const request = await scope.manager.findOneBy(WrittenRequest, { id: fields.requestId });
      if (!request || request.caseId !== found.id)
        throw badUserInput([
          { field: 'requestId', message: 'is not a written request of this case' },
        ]);
    }
    if (!file.bytes.length) throw badUserInput([{ field: 'file', message: 'is empty' }]);
    const type = await sniffDocumentType(file.bytes);
    if (!type)
      throw badUserInput([
        {
          field: 'file',
          message:
            'is not a kind of file OnRecord keeps: PDF, an image (JPEG, PNG, HEIC…), a Word or OpenDocument file, a spreadsheet, or plain text',
        },
      ]);
    const id = randomUUID();
    const row = scope.manager.create(Document, {
      id,
      organizationId: found.organizationId,
      caseId: found.id,
      requestId: fields.requestId ?? null,
      kind: fields.kind,
      title: fields.title,
      documentDate: fields.documentDate ?? null,
      fileName: safeFileName(file.originalName, type.extension),
      contentType: type.contentType,
      sizeBytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      storageKey: documentKey(found.organizationId, id),
      sharedWithFamily: fields.sharedWithFamily ?? false,
      addedByUserId: member.userId,
      archivedAt: null,
    });
    const saved = await scope.manager.save(row);
    // Stored before the transaction commits, so a document row never names missing bytes.
    // Should the commit fail, the caller removes them again (discard).
    await this.storage.put(saved.organizationId, saved.storageKey, file.bytes, type.contentType);
    return saved;
  }

  /** The bytes of a document whose record was not saved after all. */
  discard(row: Pick<Document, 'organizationId' | 'storageKey'>): Promise<void> {
    return this.storage.remove(row.organizationId, row.storageKey);
  }

  async update(scope: DataScope, id: string, input: UpdateDocumentInput): Promise<Document> {
    const row = await findRecord(scope, Document, id, 'Document', 'FOR_CHANGE');
    if (input.kind) row.kind = input.kind;
    if (input.title !== undefined && input.title !== null) row.title = input.title;
    if (input.documentDate !== undefined) row.documentDate = input.documentDate ?? null;
    if (input.sharedWithFamily !== undefined && input.sharedWithFamily !== null)
      row.sharedWithFamily = input.sharedWithFamily;
    return scope.manager.save(row);
  }

  setArchived(scope: DataScope, id: string, archived: boolean): Promise<Document> {
    return setArchived(scope, Document, id, 'Document', archived);
  }

  /** Deletes the record, and its bytes once that committed. */
  async delete(scope: DataScope, id: string): Promise<Document> {
    const removed = await deleteRecord(scope, Document, id, 'Document');
    scope.afterCommit(() => this.storage.remove(removed.organizationId, removed.storageKey));
    return removed;
  }

  /** A case's documents, newest first; archived ones only when asked for. */
  async list(scope: DataScope, args: CaseDocumentsArgs): Promise<Connection<DocumentObject>> {
    const found = await findRecord(scope, Case, args.caseId, 'Case');
    const createdAt = "date_trunc('milliseconds', d.created_at)";
    const query = scope.manager
      .createQueryBuilder(Document, 'd')
      .where('d.case_id = :caseId', { caseId: found.id })
      .orderBy(createdAt, 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(args.first + 1);
    if (!args.includeArchived) query.andWhere('d.archived_at IS NULL');
    if (args.after) {
      const cursor = decodeCursor(args.after, { isSortValue: isTimestamp });
      query.andWhere(`(${createdAt}, d.id) < (:at, :id)`, { at: cursor.sortValue, id: cursor.id });
    }
    const rows = await query.getMany();
    return toConnection(rows, args.first, (d) => d.createdAt.toISOString(), toDocument);
  }
}
