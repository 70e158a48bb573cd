import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import {
  ArchivableTenantRecord,
  tenantJoin,
  sqlList,
  SearchVectorColumn,
} from '@onrecord/platform/database';
import { Case } from '@onrecord/cases';
import { DeliveryChannel, WrittenRequestStatus, WrittenRequestType } from './written-request.enums';

/**
 * What was asked of the school, in writing, and when it is due. The deadline columns hold
 * what the engine said when it last computed (or what an advocate set instead, with a
 * reason); `deadline` keeps the whole explanation shown beside the date.
 */
@Entity({ name: 'written_request' })
@Unique('UQ_written_request_organization_id', ['organizationId', 'id'])
@Index('IDX_written_request_case', ['organizationId', 'caseId'])
@Index('IDX_written_request_due', ['organizationId', 'status', 'dueAt'])
// A school's reply names what it answers by Message-ID (mail in: the thread match).
@Index('IDX_written_request_email_message_id', ['organizationId', 'emailMessageId'])
@Check('CHK_written_request_type', `"type" IN (${sqlList(Object.values(WrittenRequestType))})`)
@Check(
  'CHK_written_request_status',
  `"status" IN (${sqlList(Object.values(WrittenRequestStatus))})`,
)
@Check(
  'CHK_written_request_channel',
  `"channel" IS NULL OR "channel" IN (${sqlList(Object.values(DeliveryChannel))})`,
)
@Check(
  'CHK_written_request_dates',
  `"received_on" IS NULL OR "sent_on" IS NULL OR "received_on" >= "sent_on"`,
)
@Check('CHK_written_request_override', `("override_due_on" IS NULL) = ("override_reason" IS NULL)`)
export class WrittenRequest extends ArchivableTenantRecord {
  /** Kept by PostgreSQL for search (README "Search"). */
  @SearchVectorColumn('IDX_written_request_search')
  searchVector?: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => Case, { onDelete: 'RESTRICT' })
  @JoinColumn(tenantJoin('FK_written_request_case', 'case_id'))
  case?: Case;

  @Column({ type: 'text' })
  type!: WrittenRequestType;

  /** What starts the clock (a trigger of the deadline engine), usually the school's receipt. */
  @Column({ type: 'text', default: 'WRITTEN_REQUEST_RECEIVED' })
  trigger!: string;

  @Column({ type: 'text' })
  subject!: string;

  /** The letter as sent: what was sent is what the record shows. */
  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  channel!: DeliveryChannel | null;

  /**
   * The Message-ID of the email that carried the request, when it went by email: follow-ups
   * reply to it (In-Reply-To, References), so the school sees one thread.
   */
  @Column({ name: 'email_message_id', type: 'text', nullable: true })
  emailMessageId!: string | null;

  /**
   * Emailed by OnRecord (emailWrittenRequest), not by the advocate from their own mailbox:
   * the letter goes out as a follow-up of kind REQUEST_LETTER, sent at most once by the worker.
   */
  @Column({ name: 'sent_from_onrecord', type: 'boolean', default: false })
  sentFromOnRecord!: boolean;

  /**
   * Since when a reply captured for this request waits for an advocate to say what it is
   * (mail in): the oldest such reply's arrival, null when none waits. The request's next
   * follow-up to the school is held meanwhile, for at most the policy's replyHoldSchoolDays.
   * Kept by mail in (reply-waiting.ts) so planning reads it with the request, at no cost.
   */
  @Column({ name: 'reply_waiting_since', type: 'timestamptz', nullable: true })
  replyWaitingSince!: Date | null;

  /** Emailed by OnRecord with the family's guardians (those with an address) copied. */
  @Column({ name: 'copy_guardians', type: 'boolean', default: false })
  copyGuardians!: boolean;

  @Column({ type: 'text', default: WrittenRequestStatus.DRAFT })
  status!: WrittenRequestStatus;

  @Column({ name: 'sent_on', type: 'date', nullable: true })
  sentOn!: string | null;

  /** When the school received it: the usual trigger date. */
  @Column({ name: 'received_on', type: 'date', nullable: true })
  receivedOn!: string | null;

  /** Why a recipient outside the student's district is right (e.g. a county office). */
  @Column({ name: 'recipient_note', type: 'text', default: '' })
  recipientNote!: string;

  @Column({ name: 'deadline_rule_id', type: 'text', nullable: true })
  deadlineRuleId!: string | null;

  /** The due day (district calendar) and the instant it ends (district time zone). */
  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** The latest reading's end, when the rule can be read two ways. */
  @Column({ name: 'latest_due_at', type: 'timestamptz', nullable: true })
  latestDueAt!: Date | null;

  /** The engine's explanation: rule, citation, status, unit, days counted and skipped, readings. */
  @Column({ type: 'jsonb', nullable: true })
  deadline!: Record<string, unknown> | null;

  @Column({ name: 'override_due_on', type: 'date', nullable: true })
  overrideDueOn!: string | null;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason!: string | null;

  @Column({ name: 'overridden_by_user_id', type: 'uuid', nullable: true })
  overriddenByUserId!: string | null;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  /** Why the request was withdrawn, in the advocate's words. */
  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason!: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;
}
