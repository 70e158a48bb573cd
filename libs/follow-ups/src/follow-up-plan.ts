import { localDate, type IsoDate } from '@onrecord/deadlines';
import {
  addSchoolDays,
  atLocalTime,
  nextSendingTime,
  subtractBusinessDays,
  type FollowUpPlace,
  type SendingWindow,
} from './follow-up-calendar';
import { FollowUpKind, FollowUpStatus } from './follow-up-enums';
import type { FollowUpRecipient } from './follow-up.entity';

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
 *
 * Answered, withdrawn, closed or archived means nothing is owed: the caller cancels what is pending.
 */

export interface FollowUpPolicyRules {
  remindAdvocates: boolean;
  remindBusinessDaysBefore: number;
  followUpSchoolDaysAfter: number;
  escalateSchoolDaysAfter: number;
  maxFollowUps: number;
  requireApproval: boolean;
  notifyGuardians: boolean;
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
  guardians: FollowUpRecipient[];
  /** What was sent already, by kind and sequence: later messages count from it. */
  sent: ReadonlyArray<{ kind: FollowUpKind; sequence: number; sentAt: Date }>;
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

export function planFollowUps(input: PlanInput): PlannedFollowUp[] {
  const { open, dueOn, dueAt, policy, place } = input;
  if (!open || !dueOn || !dueAt) return [];
  const plan: PlannedFollowUp[] = [];
  const reminder = planReminder(input, dueOn, dueAt);
  if (reminder) plan.push(reminder);

  // The school-facing messages: the first after the deadline, each next one after the
  // previous one was sent, never more than the policy allows.
  const sentSchoolFacing = new Map(
    input.sent.filter((s) => isSchoolFacing(s.kind)).map((s) => [s.sequence, s]),
  );
  const asked: FollowUpRecipient[] = [...input.recipients];
  const chain = [...input.chain];
  for (let sequence = 1; sequence <= policy.maxFollowUps; sequence++) {
    const previous = sentSchoolFacing.get(sequence - 1);
    if (sequence > 1 && !previous) break;
    const already = sentSchoolFacing.get(sequence);
    const next = sequence === 1 ? null : (chain.shift() ?? null);
    const kind = already?.kind ?? (next ? FollowUpKind.ESCALATION : FollowUpKind.SCHOOL_FOLLOW_UP);
    const recipients = kind === FollowUpKind.ESCALATION && next ? [next] : input.recipients;
    const cc = kind === FollowUpKind.ESCALATION ? asked.filter((r) => r !== next) : [];
    if (!already) {
      const nominal = previous
        ? addSchoolDays(
            localDate(previous.sentAt, place.timeZone),
            policy.escalateSchoolDaysAfter,
            place,
          )
        : addSchoolDays(dueOn, policy.followUpSchoolDaysAfter, place);
      // Never before the deadline has passed, and, when that day is gone, from now: a
      // follow-up owed since last month goes out at the next opening of the window.
      const earliest = new Date(
        Math.max(
          atLocalTime(nominal, policy.window.start, place.timeZone).getTime(),
          dueAt.getTime() + 1,
          input.now.getTime(),
        ),
      );
      plan.push({
        kind,
        sequence,
        scheduledAt: nextSendingTime(earliest, policy.window, place),
        recipients,
        cc,
        requiresApproval: policy.requireApproval,
      });
      break;
    }
    if (next) asked.push(next);
    if (policy.notifyGuardians && input.guardians.length) {
      plan.push({
        kind: FollowUpKind.GUARDIAN_UPDATE,
        sequence,
        scheduledAt: nextSendingTime(
          new Date(Math.max(already.sentAt.getTime(), input.now.getTime())),
          policy.window,
          place,
        ),
        recipients: input.guardians,
        cc: [],
        requiresApproval: false,
      });
    }
  }
  return plan;
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
