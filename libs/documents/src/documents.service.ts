import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { type DataScope, deleteRecord, findRecord, setArchived } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import {
  decodeCursor,
  isTimestamp,
  toConnection,
  type Connection,
} from '@onrecord/platform/graphql';
import { Case } from '@onrecord/cases';
import { Document } from './model/document.entity';
import { DocumentKind } from './model/document.enums';
import { DocumentStorage, documentKey } from './storage/document-storage';
import type { SniffedType } from './intake/sniff';
import { intake } from './intake/document-intake';
import { placeOnCase, type DocumentPlaceIds } from './places/document-place';
import { safeFileName } from './intake/file-name';
import type {
  CaseDocumentsArgs,
  NewDocumentFields,
  UpdateDocumentInput,
} from './api/document.inputs';
import { toDocument, type DocumentObject } from './api/document.objects';

/** Who added a document: a member (console), a guardian (portal), a reply's sender. */
export type DocumentAuthor = { userId: string } | { guardianId: string } | { email: string };

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
  constructor(
    private readonly storage: DocumentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Adds a document to a case (and to one place of it), by whoever added it: the file is
   * refused naming the field when it is empty, too large or not a kind of file kept.
   */
  async add(
    scope: DataScope,
    author: DocumentAuthor,
    fields: NewDocumentFields,
    file: UploadedFile,
  ): Promise<Document> {
    const found = await findRecord(scope, Case, fields.caseId, 'Case');
    const place = await placeOnCase(scope, found.id, fields);
    const read = await intake(file.bytes, this.config.documents.maxBytes);
    if ('problem' in read) throw badUserInput([{ field: 'file', message: read.problem }]);
    return this.keep(scope, found, place, author, fields, file, read.type);
  }

  /**
   * A captured reply's attachment, kept as a document of the school response the reply was
   * recorded as, added by the email's sender and not shared with the family; or, when the
   * intake refuses it, the reason (nothing kept). The response must be of the case.
   */
  async addReplyAttachment(
    scope: DataScope,
    attachment: {
      caseId: string;
      responseId: string;
      sender: string;
      fileName: string;
      bytes: Buffer;
    },
  ): Promise<{ document: Document } | { refused: string }> {
    const found = await findRecord(scope, Case, attachment.caseId, 'Case');
    const place = await placeOnCase(scope, found.id, { responseId: attachment.responseId });
    const read = await intake(attachment.bytes, this.config.documents.maxBytes);
    if ('problem' in read) return { refused: read.problem };
    const title = attachment.fileName.replace(/\.[^.]{1,10}$/, '').trim() || 'Attachment';
    const document = await this.keep(
      scope,
      found,
      place,
      { email: attachment.sender },
      { kind: DocumentKind.SCHOOL_LETTER, title: title.slice(0, 200), sharedWithFamily: false },
      { originalName: attachment.fileName, bytes: attachment.bytes },
      read.type,
    );
    return { document };
  }

  private async keep(
    scope: DataScope,
    found: Case,
    place: DocumentPlaceIds,
    author: DocumentAuthor,
    fields: Pick<NewDocumentFields, 'kind' | 'title' | 'documentDate' | 'sharedWithFamily'>,
    file: UploadedFile,
    type: SniffedType,
  ): Promise<Document> {
    const id = randomUUID();
    const row = scope.manager.create(Document, {
      id,
      organizationId: found.organizationId,
      caseId: found.id,
      ...place,
      kind: fields.kind,
      title: fields.title,
      documentDate: fields.documentDate ?? null,
      fileName: safeFileName(file.originalName, type.extension),
      contentType: type.contentType,
      sizeBytes: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      storageKey: documentKey(found.organizationId, id),
      sharedWithFamily: fields.sharedWithFamily ?? false,
      addedByUserId: 'userId' in author ? author.userId : null,
      addedByGuardianId: 'guardianId' in author ? author.guardianId : null,
      addedByEmail: 'email' in author ? author.email : null,
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
