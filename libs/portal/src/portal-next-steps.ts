import { longDate } from '@onrecord/platform/text';
import { CommitmentStatus, WrittenRequestStatus } from '@onrecord/requests';
import { PortalNextStepKind, type PortalNextStep } from './portal.objects';

/**
 * "What happens next" for a family, worked out from the case's records: the school's answers
 * owed (or late), what it promised (or is late doing), the advocate's planned follow-ups, and
 * coming meetings. Pure; dates are YYYY-MM-DD in the organization's time. Late things come
 * first (the oldest first), then the rest by date.
 */
export interface NextStepFacts {
  today: string;
  requests: ReadonlyArray<{
    id: string;
    typeLabel: string;
    status: WrittenRequestStatus;
    overdue: boolean;
    dueOn: string | null;
    /** Set when the advocate typed the date: why, and the rule's own date (if any). */
    setByHand?: { reason: string; ruleDueOn: string | null } | null;
    /** "provisional: no school calendar for 2026-27 — add it", when so. */
    provisional?: string | null;
  }>;
  commitments: ReadonlyArray<{
    id: string;
    requestId: string;
    description: string;
    dueOn: string;
    status: CommitmentStatus;
  }>;
  /** Coming meetings only. */
  meetings: ReadonlyArray<{ id: string; kindLabel: string; on: string; location: string }>;
  /** The next school-facing follow-up planned for a request or a commitment. */
  plannedFollowUps: ReadonlyArray<{ requestId: string; commitmentId: string | null; on: string }>;
}

const LATE = new Set([PortalNextStepKind.ANSWER_LATE, PortalNextStepKind.COMMITMENT_LATE]);

export function portalNextSteps(facts: NextStepFacts): PortalNextStep[] {
  const steps: PortalNextStep[] = [];
  const step = (s: Partial<PortalNextStep> & Pick<PortalNextStep, 'kind' | 'on' | 'description'>) =>
    steps.push({ requestId: null, commitmentId: null, meetingId: null, ...s });
  const followUp = (requestId: string, commitmentId: string | null) =>
    facts.plannedFollowUps.find(
      (f) => f.requestId === requestId && f.commitmentId === commitmentId,
    );

  for (const r of facts.requests) {
    if (r.status !== WrittenRequestStatus.SENT || !r.dueOn) continue;
    const planned = followUp(r.id, null);
    // A date the advocate typed is not the law's: say so, and give the rule's own date.
    const hand = r.setByHand
      ? ` That date was set by your advocate (${r.setByHand.reason.trim().replace(/[.\s]+$/, '')})${r.setByHand.ruleDueOn ? `; the rule's own date is ${longDate(r.setByHand.ruleDueOn)}` : ''}.`
      : '';
    const provisional = r.provisional
      ? ` This date is provisional: the school's calendar for the year is not on file yet, so it may move.`
      : '';
    if (r.overdue) {
      step({
        kind: PortalNextStepKind.ANSWER_LATE,
        on: r.dueOn,
        requestId: r.id,
        description: `The school's written answer to the request for ${r.typeLabel} was ${r.setByHand ? 'asked for by' : 'due'} ${longDate(r.dueOn)}. It has not answered in writing.${hand}${provisional}`,
      });
    } else {
      step({
        kind: PortalNextStepKind.ANSWER_DUE,
        on: r.dueOn,
        requestId: r.id,
        description: r.setByHand
          ? `Your advocate asked the school to answer the request for ${r.typeLabel} in writing by ${longDate(r.dueOn)}.${hand}${provisional}`
          : `The school must answer the request for ${r.typeLabel} in writing by ${longDate(r.dueOn)}.${provisional}`,
      });
    }
    if (planned)
      step({
        kind: PortalNextStepKind.FOLLOW_UP_PLANNED,
        on: planned.on,
        requestId: r.id,
        description: `If there is still no answer, your advocate will follow up with the school in writing on ${longDate(planned.on)}.`,
      });
  }

  for (const c of facts.commitments) {
    if (c.status !== CommitmentStatus.OPEN) continue;
    const late = c.dueOn < facts.today;
    // Quoted inside a sentence that ends with its own period.
    const what = c.description.trim().replace(/[.\s]+$/, '');
    step({
      kind: late ? PortalNextStepKind.COMMITMENT_LATE : PortalNextStepKind.COMMITMENT_DUE,
      on: c.dueOn,
      requestId: c.requestId,
      commitmentId: c.id,
      description: late
        ? `The school promised to do this by ${longDate(c.dueOn)}, and there is nothing in writing to show it was done: "${what}".`
        : `The school promised to do this by ${longDate(c.dueOn)}: "${what}".`,
    });
    const planned = followUp(c.requestId, c.id);
    if (planned)
      step({
        kind: PortalNextStepKind.FOLLOW_UP_PLANNED,
        on: planned.on,
        requestId: c.requestId,
        commitmentId: c.id,
        description: `If it is still not done, your advocate will follow up with the school in writing on ${longDate(planned.on)}.`,
      });
  }

  for (const m of facts.meetings) {
    step({
      kind: PortalNextStepKind.MEETING,
      on: m.on,
      meetingId: m.id,
      description: `${m.kindLabel} on ${longDate(m.on)}${m.location ? `, ${m.location}` : ''}.`,
    });
  }

  return steps.sort(
    (a, b) =>
      Number(LATE.has(b.kind)) - Number(LATE.has(a.kind)) ||
      (a.on ?? '').localeCompare(b.on ?? '') ||
      a.kind.localeCompare(b.kind),
  );
}
