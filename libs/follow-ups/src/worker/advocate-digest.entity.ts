import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord } from '@onrecord/platform/database';
import { Organization } from '@onrecord/organizations';

/**
 * One advocate's daily digest for one day: at most one per (organization, user, day), so a
 * digest run repeated after a crash sends nothing twice. Its Message-ID is derived from that
 * key. Advocate reminders due that day are delivered in it and marked SENT with it.
 */
@Entity({ name: 'advocate_digest' })
@Unique('UQ_advocate_digest_organization_id', ['organizationId', 'id'])
@Unique('UQ_advocate_digest_day', ['organizationId', 'userId', 'digestDate'])
@Check('CHK_advocate_digest_status', `"status" IN ('SENDING', 'SENT', 'FAILED')`)
export class AdvocateDigest extends TenantRecord {
  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    foreignKeyConstraintName: 'FK_advocate_digest_organization',
  })
  organization?: Organization;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** The day it is for, in the organization's time zone. */
  @Column({ name: 'digest_date', type: 'date' })
  digestDate!: string;

  @Column({ type: 'text', default: 'SENDING' })
  status!: 'SENDING' | 'SENT' | 'FAILED';

  @Column({ type: 'integer', default: 1 })
  attempts!: number;

  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ name: 'item_count', type: 'integer', default: 0 })
  itemCount!: number;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /**
   * The family messages it lists are those sent up to this instant (the run's time); the
   * advocate's next digest lists those after it, so none is missed or told twice.
   */
  @Column({ name: 'messages_until', type: 'timestamptz', nullable: true })
  messagesUntil!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
