import { Check, Column, Entity, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { TenantRecord, sqlList, tenantJoin } from '@onrecord/platform/database';
import { FollowUp } from './follow-up.entity';

/** How a delivery attempt ended. */
export enum FollowUpAttemptOutcome {
  /** The mail server took the message (its answer is on record). */
  ACCEPTED = 'ACCEPTED',
  /** Refused for now (4xx, no connection): tried again later. */
  TEMPORARY_FAILURE = 'TEMPORARY_FAILURE',
  /** Refused for good (5xx, no address on file). */
  PERMANENT_FAILURE = 'PERMANENT_FAILURE',
  /**
   * No answer was recorded: the worker stopped (or lost its lease) while the message was in
   * flight, and a later attempt took over. The server may have taken it at that time.
   */
  INTERRUPTED = 'INTERRUPTED',
}

/**
 * One attempt to deliver a follow-up: when it started, how it ended and what the server
 * said. Evidence for a hearing: if the same message went out twice (a worker killed between
 * the server's answer and its record), both attempts are here, and the follow-up's `sent_at`
 * is the first acceptance on record.
 */
@Entity({ name: 'follow_up_attempt' })
@Unique('UQ_follow_up_attempt_organization_id', ['organizationId', 'id'])
@Unique('UQ_follow_up_attempt', ['organizationId', 'followUpId', 'attempt'])
@Check(
  'CHK_follow_up_attempt_outcome',
  `"outcome" IS NULL OR "outcome" IN (${sqlList(Object.values(FollowUpAttemptOutcome))})`,
)
export class FollowUpAttempt extends TenantRecord {
  @Column({ name: 'follow_up_id', type: 'uuid' })
  followUpId!: string;

  @ManyToOne(() => FollowUp, { onDelete: 'CASCADE' })
  @JoinColumn(tenantJoin('FK_follow_up_attempt_follow_up', 'follow_up_id'))
  followUp?: FollowUp;

  /** 1 for the first attempt: the follow-up's `attempts` when it was claimed. */
  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  /** When the worker claimed it and handed it to the mail pool. */
  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  /** When the server answered (or the attempt was found interrupted); null while in flight. */
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  outcome!: FollowUpAttemptOutcome | null;

  /** What the mail server said ("250 2.0.0 Ok: queued as …", or the refusal). */
  @Column({ name: 'server_response', type: 'text', nullable: true })
  serverResponse!: string | null;
}
