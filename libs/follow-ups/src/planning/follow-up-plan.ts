import { localDate, type IsoDate } from '@onrecord/deadlines';
import {
  addSchoolDays,
  atLocalTime,
  nextSendingTime,
  subtractBusinessDays,
  type FollowUpPlace,
  type SendingWindow,
} from './follow-up-calendar';
import { FollowUpKind, FollowUpStatus } from '../model/follow-up-enums';
import type { FollowUpRecipient } from '../model/follow-up.entity';

/**
 * What is owed for one written request or commitment, worked out from scratch every time
 * something changes (PRODUCT.md "Follow-up policy"). Pure: the caller gathers the facts and
 * reconciles the answer with the rows it has (follow-up-planner.service.ts).
 *
 * - Before the deadline: a reminder to the assigned advocates, N business days before it,
 *   delivered in their daily digest.
 * - After it, unanswered: a follow-up to the school contacts N school days later (1).
 * - Each school-facing message sent and still unanswered M school days later: the next one
 *   (2, 3… up to the policy's maximum), to the next contact in the school's escalation chain
 *   with the earlier ones copied, or, when the chain has no one left, to the same contacts.
 * - Each school-facing message sent: an update to the family's guardians, when the policy says so.
 * - The deadline passed unanswered: a notice to the family; the school answered: another
 *   (also when its answer was a stall that leaves the request open). Both only for the
 *   guardians who asked for them, and only while they are news.
 *
 * Answered, withdrawn, closed or archived means nothing else is owed: the caller cancels what
 * is pending.
 */

export interface FollowUpPolicyRules {
  remindAdvocates: boolean;
  remindBusinessDaysBefore: number;
  followUpSchoolDaysAfter: number;
  escalateSchoolDaysAfter: number;
  maxFollowUps: number;
  requireApproval: boolean;
  notifyGuardians: boolean;
  /** School days an unclassified reply holds the next school-facing message; 0: not held. */
  replyHoldSchoolDays: number;
  window: SendingWindow;
  /** 'HH:MM' in the organization's time zone: when reminders are delivered (the digest). */
  digestTime: string;
}

export interface PlanInput {
  /** Still waiting for an answer (request SENT, commitment OPEN, neither archived). */
  open: boolean;
  /** The due day and the instant it ends (district time zone). */
  dueOn: IsoDate | null;
  dueAt: Date | null;
  /** The school contacts asked, with an email address or not (the send fails visibly then). */
  recipients: FollowUpRecipient[];
  /** The school's escalation chain in order, its contacts not already among the recipients. */
  chain: FollowUpRecipient[];
  advocates: FollowUpRecipient[];
  /** Guardians who want to hear when a follow-up goes to the school. */
  guardians: FollowUpRecipient[];
  /** Guardians who want to hear when it passes its deadline unanswered (none when omitted). */
  overdueGuardians?: FollowUpRecipient[];
  /** Guardians who want to hear when the school answers (none when omitted). */
  answeredGuardians?: FollowUpRecipient[];
  /** When the school's answer was recorded (or the commitment marked met); null otherwise. */
  answeredAt?: Date | null;
  /**
   * The request emailed by OnRecord: who it goes to, and since when it is owed (the day it
   * was sent). None for a request the advocate sent themselves, and for commitments.
   */
  letter?: { recipients: FollowUpRecipient[]; cc: FollowUpRecipient[]; at: Date } | null;
  /**
   * Since when a reply captured for the request waits for an advocate to classify it (null:
   * none waits): the next school-facing message waits for that decision, at most the policy's
   * replyHoldSchoolDays from then.
   */
  replyWaitingSince?: Date | null;
  /** What was sent already: later messages count from it, and do not ask the same people. */
  sent: ReadonlyArray<{
    kind: FollowUpKind;
    sequence: number;
    sentAt: Date;
    recipients?: FollowUpRecipient[];
  }>;
  policy: FollowUpPolicyRules;
  place: FollowUpPlace;
  /** The organization's time zone (reminders go out with its digest). */
  organizationTimeZone: string;
  now: Date;
}

export interface PlannedFollowUp {
  kind: FollowUpKind;
  sequence: number;
  scheduledAt: Date;
  recipients: FollowUpRecipient[];
  cc: FollowUpRecipient[];
  requiresApproval: boolean;
}

const SCHOOL_FACING = new Set<FollowUpKind>([
  FollowUpKind.SCHOOL_FOLLOW_UP,
  FollowUpKind.ESCALATION,
]);

export function isSchoolFacing(kind: FollowUpKind): boolean {
  return SCHOOL_FACING.has(kind);
}

/**
 * Families hear news, not history: a deadline passed or an answer recorded longer ago than
 * this (a request entered late, the policy turned on later) is not announced. Counted from
 * the first moment the sending window allowed the notice.
 */
export const GUARDIAN_NEWS_DAYS = 7;

export function planFollowUps(input: PlanInput): PlannedFollowUp[] {
  const letter = input.open ? planLetter(input) : null;
  return letter ? [letter, ...planNudgesAndNotices(input)] : planNudgesAndNotices(input);
}

/**
 * The request's own email, owed at once until it went out: an advocate asked for it now, so
 * neither the sending window nor an approval holds it back. Not owed once the request is
 * answered, withdrawn or closed before it went (the caller cancels it then).
 */
function planLetter(input: PlanInput): PlannedFollowUp | null {
  const { letter } = input;
  if (!letter || input.sent.some((s) => s.kind === FollowUpKind.REQUEST_LETTER)) return null;
  return {
    kind: FollowUpKind.REQUEST_LETTER,
    sequence: 1,
    scheduledAt: letter.at,
    recipients: letter.recipients,
    cc: letter.cc,
    requiresApproval: false,
  };
}

/** Everything but the letter: the reminder, the follow-ups and escalations, the family's notices. */
function planNudgesAndNotices(input: PlanInput): PlannedFollowUp[] {
  const { open, dueOn, dueAt, policy, place } = input;
  if (!open) {
    const answered = planGuardianNotice(
      input,
      FollowUpKind.GUARDIAN_ANSWERED,
      input.answeredAt ?? null,
      input.answeredGuardians,
    );
    return answered ? [answered] : [];
  }
  const plan: PlannedFollowUp[] = [];
  // Still owed after an answer that did not discharge it (a deferral, a no without Prior
  // Written Notice): the family hears what the school said, and the follow-ups go on.
  const stalled = planGuardianNotice(
    input,
    FollowUpKind.GUARDIAN_ANSWERED,
    input.answeredAt ?? null,
    input.answeredGuardians,
  );
  if (stalled) plan.push(stalled);
  if (!dueOn || !dueAt) return plan;
  const reminder = planReminder(input, dueOn, dueAt);
  if (reminder) plan.push(reminder);
  // "The school has not answered" is not so once a stall is on file: the family was told.
  const overdue =
    stalled || input.answeredAt
      ? null
      : planGuardianNotice(
          input,
          FollowUpKind.GUARDIAN_OVERDUE,
          new Date(dueAt.getTime() + 1),
          input.overdueGuardians,
        );
  if (overdue) plan.push(overdue);

  const schoolFacing = input.sent
    .filter((s) => isSchoolFacing(s.kind))
    .sort((a, b) => a.sequence - b.sequence);
  // Each school-facing message sent: the family hears of it (whatever the maximum is now).
  if (policy.notifyGuardians && input.guardians.length) {
    for (const sent of schoolFacing) {
      plan.push({
        kind: FollowUpKind.GUARDIAN_UPDATE,
        sequence: sent.sequence,
        scheduledAt: nextSendingTime(
          new Date(Math.max(sent.sentAt.getTime(), input.now.getTime())),
          policy.window,
          place,
        ),
        recipients: input.guardians,
        cc: [],
        requiresApproval: false,
      });
    }
  }
  const next = nextSchoolFacing(input, schoolFacing, dueOn, dueAt);
  if (next) plan.push(next);
  return plan;
}

/**
 * The next school-facing message: the first after the deadline, each next one after the
 * previous one was sent, never more than the policy allows. After the first, each goes to the
 * next contact of the chain not yet asked (the ones asked before copied), or, with no one
 * left in the chain, to the request's recipients again.
 */
function nextSchoolFacing(
  input: PlanInput,
  sent: PlanInput['sent'],
  dueOn: IsoDate,
  dueAt: Date,
): PlannedFollowUp | null {
  const { policy, place } = input;
  const sequence = (sent[sent.length - 1]?.sequence ?? 0) + 1;
  if (sequence > policy.maxFollowUps) return null;
  const previous = sent[sent.length - 1];
  if (sequence > 1 && previous?.sequence !== sequence - 1) return null;
  const emailOf = (r: FollowUpRecipient) => r.contactId ?? r.email;
  const asked = new Map<string, FollowUpRecipient>();
  for (const r of [...input.recipients, ...sent.flatMap((s) => s.recipients ?? [])])
    asked.set(emailOf(r), r);
  const escalateTo = sequence === 1 ? undefined : input.chain.find((c) => !asked.has(emailOf(c)));
  const nominal = previous
    ? addSchoolDays(
        localDate(previous.sentAt, place.timeZone),
        policy.escalateSchoolDaysAfter,
        place,
      )
    : addSchoolDays(dueOn, policy.followUpSchoolDaysAfter, place);
  // Never before the deadline has passed, and, when that day is gone, from now: a follow-up
  // owed since last month goes out at the next opening of the window. Nor while the school's
  // reply waits for the advocate's decision, up to the hold the policy allows.
  const earliest = new Date(
    Math.max(
      atLocalTime(nominal, policy.window.start, place.timeZone).getTime(),
      dueAt.getTime() + 1,
      input.now.getTime(),
      heldUntil(input)?.getTime() ?? 0,
    ),
  );
  return {
    kind: escalateTo ? FollowUpKind.ESCALATION : FollowUpKind.SCHOOL_FOLLOW_UP,
    sequence,
    scheduledAt: nextSendingTime(earliest, policy.window, place),
    recipients: escalateTo ? [escalateTo] : input.recipients,
    cc: escalateTo ? [...asked.values()] : [],
    requiresApproval: policy.requireApproval,
  };
}

/**
 * When a reply waiting to be classified stops holding the next school-facing message: the
 * opening of the sending window replyHoldSchoolDays school days after it arrived.
 */
export function heldUntil(input: PlanInput): Date | null {
  const { replyWaitingSince: since, policy, place } = input;
  if (!since || policy.replyHoldSchoolDays <= 0) return null;
  const day = addSchoolDays(localDate(since, place.timeZone), policy.replyHoldSchoolDays, place);
  return atLocalTime(day, policy.window.start, place.timeZone);
}

/**
 * A notice to the family that something happened at `at` (the deadline passed, the school
 * answered): in the sending window from then, or from now when it is late; none when the
 * policy keeps families out of it, no guardian wants it, or it is no longer news.
 */
function planGuardianNotice(
  input: PlanInput,
  kind: FollowUpKind,
  at: Date | null,
  guardians: FollowUpRecipient[] | undefined,
): PlannedFollowUp | null {
  const { policy, place, now } = input;
  if (!at || !policy.notifyGuardians || !guardians?.length) return null;
  if (input.sent.some((s) => s.kind === kind)) return null;
  // Counted from the first time it could have gone out, so a notice waiting out a school
  // break is not dropped by a replan during the break.
  const firstChance = nextSendingTime(at, policy.window, place);
  if (now.getTime() - firstChance.getTime() > GUARDIAN_NEWS_DAYS * 86_400_000) return null;
  return {
    kind,
    sequence: 1,
    scheduledAt: nextSendingTime(
      new Date(Math.max(at.getTime(), now.getTime())),
      policy.window,
      place,
    ),
    recipients: guardians,
    cc: [],
    requiresApproval: false,
  };
}

/** N business days before the due day, at digest time; none once the deadline has passed. */
function planReminder(input: PlanInput, dueOn: IsoDate, dueAt: Date): PlannedFollowUp | null {
  const { policy, place, now } = input;
  if (!policy.remindAdvocates || !input.advocates.length) return null;
  if (input.sent.some((s) => s.kind === FollowUpKind.ADVOCATE_REMINDER)) return null;
  // Past the deadline the digest lists the request as overdue: a reminder would say less. A
  // request sent with little time left still gets one, in the next digest.
  if (dueAt <= now) return null;
  const day = subtractBusinessDays(dueOn, policy.remindBusinessDaysBefore, place);
  const at = atLocalTime(day, policy.digestTime, input.organizationTimeZone);
  return {
    kind: FollowUpKind.ADVOCATE_REMINDER,
    sequence: 1,
    scheduledAt: at,
    recipients: input.advocates,
    cc: [],
    requiresApproval: false,
  };
}

/** Statuses a plan may still change: not yet in a worker's hands or done. */
export const REPLANNABLE: ReadonlySet<FollowUpStatus> = new Set([
  FollowUpStatus.PLANNED,
  FollowUpStatus.DRAFT,
  FollowUpStatus.QUEUED,
]);
