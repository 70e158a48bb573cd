import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { Document } from '@onrecord/documents';
import { InboundMessage } from './inbound-message.entity';

/**
 * A file that came with a captured message: its name, type and size, and its content unless
 * the message had more attachments than INBOUND_MAX_ATTACHMENTS (the raw message still holds
 * every byte). Once the reply is recorded as the school's response, each attachment becomes a
 * document of that response, or is refused with why (too large, not a kind of file kept).
 */
@Entity({ name: 'inbound_attachment' })
@Unique('UQ_inbound_attachment_organization_id', ['organizationId', 'id'])
@Unique('UQ_inbound_attachment_position', ['organizationId', 'messageId', 'position'])
@Check('CHK_inbound_attachment_size', `"size_bytes" >= 0`)
export class InboundAttachment extends TenantRecord {
  @Column({ name: 'message_id', type: 'uuid' })
  messageId!: string;

  @ManyToOne(() => InboundMessage, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_inbound_attachment_message', 'message_id'))
  message?: InboundMessage;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text', default: '' })
  filename!: string;

  @Column({ name: 'content_type', type: 'text', default: 'application/octet-stream' })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  /** Null when not kept (over the attachment limit). */
  @Column({ type: 'bytea', nullable: true })
  content!: Buffer | null;

  /** The document it became when its reply was recorded as the school's response. */
  @Column({ name: 'document_id', type: 'uuid', nullable: true })
  documentId!: string | null;

  @ManyToOne(() => Document, { onDelete: 'SET NULL' })
  @JoinColumn(tenantJoin('FK_inbound_attachment_document', 'document_id'))
  document?: Document;

  /** Why it did not become a document (too large, a kind of file a browser could run…). */
  @Column({ name: 'refused_reason', type: 'text', nullable: true })
  refusedReason!: string | null;
}
