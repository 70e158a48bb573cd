import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { WrittenRequest } from './written-request.entity';

/** What was attached to a written request: its description, not its bytes. */
@Entity({ name: 'request_attachment' })
@Unique('UQ_request_attachment_organization_id', ['organizationId', 'id'])
@Check('CHK_request_attachment_size', `"size_bytes" IS NULL OR "size_bytes" >= 0`)
export class RequestAttachment extends TenantRecord {
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => WrittenRequest, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_request_attachment_request', 'request_id'))
  request?: WrittenRequest;

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'content_type', type: 'text', nullable: true })
  contentType!: string | null;

  @Column({ name: 'size_bytes', type: 'bigint', nullable: true })
  sizeBytes!: string | null;

  /** e.g. "Psychiatrist's letter, 28 Oct 2025". */
  @Column({ type: 'text', default: '' })
  description!: string;
}
