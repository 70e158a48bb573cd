import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, tenantJoin } from '@onrecord/platform/database';
import { InboundMessage } from './inbound-message.entity';

/**
 * A file that came with a captured message: its name, type and size, and its content unless
 * the message had more attachments than INBOUND_MAX_ATTACHMENTS (the raw message still holds
 * every byte).
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
}
