import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord, sqlList, tenantJoin } from '@onrecord/platform/database';
import { Case } from '@onrecord/cases';
import { WrittenRequest } from '@onrecord/requests';
import { DocumentKind } from './document.enums';

/**
 * A file kept on a case (an IEP, an evaluation, a photo of a school's letter…), and on one of
 * its written requests when it belongs to one. The row is the document's record, under
 * row-level security; its bytes are in the document storage under `storage_key`, which only
 * this row names (storage/document-storage.ts): nothing reaches them but a check of the row.
 */
@Entity({ name: 'document' })
@Unique('UQ_document_organization_id', ['organizationId', 'id'])
@Unique('UQ_document_storage_key', ['storageKey'])
@Index('IDX_document_case', ['organizationId', 'caseId', 'createdAt'])
@Index('IDX_document_request', ['organizationId', 'requestId'])
@Check('CHK_document_kind', `"kind" IN (${sqlList(Object.values(DocumentKind))})`)
@Check('CHK_document_size', `"size_bytes" >= 0`)
export class Document extends ArchivableTenantRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_document_case', 'case_id'))
  case?: Case;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId!: string | null;

  @ManyToOne(() => WrittenRequest, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_document_request', 'request_id'))
  request?: WrittenRequest;

  @Column({ type: 'text' })
  kind!: DocumentKind;

  @Column({ type: 'text' })
  title!: string;

  /** The date on the document itself (an IEP's meeting date, a letter's date), if known. */
  @Column({ name: 'document_date', type: 'date', nullable: true })
  documentDate!: string | null;

  /** The file's name as it was uploaded, made safe (intake/file-name.ts). */
  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  /** Read from the bytes, never taken from the browser (intake/sniff.ts). */
  @Column({ name: 'content_type', type: 'text' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'text' })
  sha256!: string;

  /** `<organization id>/<document id>`: each organization's objects under its own prefix. */
  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'shared_with_family', type: 'boolean', default: false })
  sharedWithFamily!: boolean;

  @Column({ name: 'added_by_user_id', type: 'uuid', nullable: true })
  addedByUserId!: string | null;
}
