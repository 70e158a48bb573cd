import { registerEnumType } from '@nestjs/graphql';

/** Who a follow-up is for and what it does (PRODUCT.md "Follow-up (nudge)"). */
export enum FollowUpKind {
  /** To the assigned advocates before the deadline, delivered in their daily digest. */
  ADVOCATE_REMINDER = 'ADVOCATE_REMINDER',
  /** To the school contacts the request went to, after the deadline passed unanswered. */
  SCHOOL_FOLLOW_UP = 'SCHOOL_FOLLOW_UP',
  /** To the next contact in the school's escalation chain, when the follow-up went unanswered. */
  ESCALATION = 'ESCALATION',
  /** To the family's guardians, when a follow-up or escalation went to the school. */
  GUARDIAN_UPDATE = 'GUARDIAN_UPDATE',
  /** To the family's guardians, when the request (or commitment) passed its deadline unanswered. */
  GUARDIAN_OVERDUE = 'GUARDIAN_OVERDUE',
  /** To the family's guardians, when the school answered (or did what it committed to). */
  GUARDIAN_ANSWERED = 'GUARDIAN_ANSWERED',
  /**
   * The written request itself, emailed by OnRecord (emailWrittenRequest) to the school
   * contacts it is addressed to, the guardians copied when the advocate chose. Not a nudge:
   * it goes out at once (no sending window, no approval), and follow-ups reply in its thread.
   */
  REQUEST_LETTER = 'REQUEST_LETTER',
}
registerEnumType(FollowUpKind, { name: 'FollowUpKind' });

/**
 * Where a follow-up stands. PLANNED: owed at its time, no job asked for yet. DRAFT: due, and
 * waiting for an advocate's approval (the organization asked for that). QUEUED: a job is on
 * the queue. SENDING: a worker claimed it (until its lease ends). SENT: the mail server took
 * it. CANCELLED: no longer owed (answered, withdrawn, discarded, replanned). FAILED: refused
 * by the mail server or out of attempts; the advocate is told.
 */
export enum FollowUpStatus {
  PLANNED = 'PLANNED',
  DRAFT = 'DRAFT',
  QUEUED = 'QUEUED',
  SENDING = 'SENDING',
  SENT = 'SENT',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}
registerEnumType(FollowUpStatus, { name: 'FollowUpStatus' });

/** Still owed: may yet go out. */
export const PENDING_STATUSES: readonly FollowUpStatus[] = [
  FollowUpStatus.PLANNED,
  FollowUpStatus.DRAFT,
  FollowUpStatus.QUEUED,
];

/** The days messages may go out on. */
export enum SendingDays {
  SCHOOL_DAYS = 'SCHOOL_DAYS',
  WEEKDAYS = 'WEEKDAYS',
  EVERY_DAY = 'EVERY_DAY',
}
registerEnumType(SendingDays, { name: 'SendingDays' });

/** What a follow-up is about. */
export enum FollowUpSubject {
  REQUEST = 'REQUEST',
  COMMITMENT = 'COMMITMENT',
}
registerEnumType(FollowUpSubject, { name: 'FollowUpSubject' });
