import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { ArchivableTenantRecord, sqlList, tenantJoin } from '@onrecord/platform/database';
import { Case } from '@onrecord/cases';
import { Guardian } from '@onrecord/families';
import { Meeting, SchoolResponse, WrittenRequest } from '@onrecord/requests';
import { DocumentKind } from './document.enums';

/**
 * A file kept on a case (an IEP, an evaluation, a photo of a school's letter…), and on at most
 * one place of that case when it belongs there: a written request, a school response, a
 * meeting or an attendance week (the week's Monday; weeks have no table). The row is the document's record, under
 * row-level security; its bytes are in the document storage under `storage_key`, which only
 * this row names (storage/document-storage.ts): nothing reaches them but a check of the row.
 */
@Entity({ name: 'document' })
@Unique('UQ_document_organization_id', ['organizationId', 'id'])
@Unique('UQ_document_storage_key', ['storageKey'])
@Index('IDX_document_case', ['organizationId', 'caseId', 'createdAt'])
@Index('IDX_document_request', ['organizationId', 'requestId'])
@Index('IDX_document_response', ['organizationId', 'responseId'])
@Index('IDX_document_meeting', ['organizationId', 'meetingId'])
@Index('IDX_document_attendance_week', ['organizationId', 'attendanceWeek'])
@Check(
  'CHK_document_one_place',
  `num_nonnulls("request_id", "response_id", "meeting_id", "attendance_week") <= 1`,
)
@Check(
  'CHK_document_attendance_week_monday',
  `"attendance_week" IS NULL OR extract(isodow FROM "attendance_week") = 1`,
)
@Check(
  'CHK_document_added_by',
  `num_nonnulls("added_by_user_id", "added_by_guardian_id", "added_by_email") <= 1`,
)
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

  @Column({ name: 'response_id', type: 'uuid', nullable: true })
  responseId!: string | null;

  @ManyToOne(() => SchoolResponse, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_document_response', 'response_id'))
  response?: SchoolResponse;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId!: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_document_meeting', 'meeting_id'))
  meeting?: Meeting;

  /** The Monday of the attendance week it belongs to (a doctor's note for that week…). */
  @Column({ name: 'attendance_week', type: 'date', nullable: true })
  attendanceWeek!: string | null;

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

  /** The member who uploaded it from the console. */
  @Column({ name: 'added_by_user_id', type: 'uuid', nullable: true })
  addedByUserId!: string | null;

  /** The guardian who uploaded it from the family portal. */
  @Column({ name: 'added_by_guardian_id', type: 'uuid', nullable: true })
  addedByGuardianId!: string | null;

  @ManyToOne(() => Guardian, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_document_added_by_guardian', 'added_by_guardian_id'))
  addedByGuardian?: Guardian;

  /** The sender of the captured reply it came attached to. */
  @Column({ name: 'added_by_email', type: 'text', nullable: true })
  addedByEmail!: string | null;
}
