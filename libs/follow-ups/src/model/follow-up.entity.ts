import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, sqlList, tenantJoin } from '@onrecord/platform/database';
import { Case } from '@onrecord/cases';
import { Commitment, WrittenRequest } from '@onrecord/requests';
import { FollowUpKind, FollowUpStatus } from './follow-up-enums';

/** Someone a follow-up is addressed to, as it was when the follow-up was planned. */
export interface FollowUpRecipient {
  name: string;
  email: string;
  /** A school contact, a member (user) or a guardian: where the address came from. */
  contactId?: string;
  userId?: string;
  guardianId?: string;
  /** An advocate chose them (sending a failed follow-up to another contact): a replan keeps them. */
  chosenByHand?: boolean;
}

/**
 * One message owed because a written request or a school's commitment is approaching or past
 * its deadline unanswered. PostgreSQL is the record of what is owed; the queue only makes it
 * punctual. `item_key` names the request or commitment ("request/<id>", "commitment/<id>"),
 * and (item, kind, sequence) is unique: the same follow-up can never be planned twice, and
 * its Message-ID is derived from that key, so a resend after a crash is the same message.
 */
@Entity({ name: 'follow_up' })
@Unique('UQ_follow_up_organization_id', ['organizationId', 'id'])
@Unique('UQ_follow_up_key', ['organizationId', 'itemKey', 'kind', 'sequence'])
// The sweep's question, across organizations: what is owed and due?
@Index('IDX_follow_up_owed', ['scheduledAt'], {
  where: `"status" IN ('PLANNED', 'QUEUED', 'SENDING')`,
})
@Index('IDX_follow_up_next', ['organizationId'], {
  where: `"status" = 'SENT' AND NOT "next_planned"`,
})
@Index('IDX_follow_up_case', ['organizationId', 'caseId', 'scheduledAt'])
@Index('IDX_follow_up_request', ['organizationId', 'requestId'])
// A school's reply names what it answers by Message-ID (mail in: the thread match).
@Index('IDX_follow_up_message_id', ['organizationId', 'messageId'])
@Check('CHK_follow_up_kind', `"kind" IN (${sqlList(Object.values(FollowUpKind))})`)
@Check('CHK_follow_up_status', `"status" IN (${sqlList(Object.values(FollowUpStatus))})`)
@Check('CHK_follow_up_sequence', `"sequence" >= 1`)
@Check(
  'CHK_follow_up_item_key',
  `"item_key" = CASE WHEN "commitment_id" IS NULL THEN 'request/' || "request_id" ELSE 'commitment/' || "commitment_id" END`,
)
@Check('CHK_follow_up_sent', `("status" = 'SENT') = ("sent_at" IS NOT NULL)`)
export class FollowUp extends TenantRecord {
  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_follow_up_case', 'case_id'))
  case?: Case;

  /** The request, or the request the commitment was made in answer to. */
  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @ManyToOne(() => WrittenRequest, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_follow_up_request', 'request_id'))
  request?: WrittenRequest;

  @Column({ name: 'commitment_id', type: 'uuid', nullable: true })
  commitmentId!: string | null;

  @ManyToOne(() => Commitment, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_follow_up_commitment', 'commitment_id'))
  commitment?: Commitment;

  @Column({ name: 'item_key', type: 'text' })
  itemKey!: string;

  @Column({ type: 'text' })
  kind!: FollowUpKind;

  /** 1 for the first of its kind; escalations count on from the follow-up (2, 3…). */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  recipients!: FollowUpRecipient[];

  /** Copied (e.g. the contacts asked before, on an escalation). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  cc!: FollowUpRecipient[];

  /** When it is owed: inside the sending window, district time. */
  @Column({ name: 'scheduled_at', type: 'timestamptz' })
  scheduledAt!: Date;

  @Column({ type: 'text', default: FollowUpStatus.PLANNED })
  status!: FollowUpStatus;

  /** School-facing under a policy that wants an advocate's approval first. */
  @Column({ name: 'requires_approval', type: 'boolean', default: false })
  requiresApproval!: boolean;

  /** Send attempts so far (each claim counts one). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** Derived from the follow-up's unique key; set when first claimed, never changed. */
  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ name: 'queued_at', type: 'timestamptz', nullable: true })
  queuedAt!: Date | null;

  /** A worker that claimed it holds it until then; after, the sweep takes it back. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** Why it is no longer owed (CANCELLED). */
  @Column({ name: 'cancelled_reason', type: 'text', nullable: true })
  cancelledReason!: string | null;

  /** The words an advocate edited into a draft; the organization's template otherwise. */
  @Column({ name: 'edited_subject', type: 'text', nullable: true })
  editedSubject!: string | null;

  @Column({ name: 'edited_body', type: 'text', nullable: true })
  editedBody!: string | null;

  /** What went out, as sent: part of the record. */
  @Column({ name: 'sent_subject', type: 'text', nullable: true })
  sentSubject!: string | null;

  @Column({ name: 'sent_body', type: 'text', nullable: true })
  sentBody!: string | null;

  @Column({ name: 'approved_by_user_id', type: 'uuid', nullable: true })
  approvedByUserId!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  /**
   * Sent, and what follows from it (the next escalation, the family's update) not yet
   * planned: the sweep plans it, in batches, off the sending path — and after a crash.
   */
  @Column({ name: 'next_planned', type: 'boolean', default: true })
  nextPlanned!: boolean;

  /** An advocate discarded it: a replan never brings it back. */
  @Column({ name: 'discarded_by_user_id', type: 'uuid', nullable: true })
  discardedByUserId!: string | null;
}
