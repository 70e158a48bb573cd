import { ResponseOutcome } from './school-response.enums';
import { WrittenRequestStatus } from '../written-requests/written-request.enums';

/**
 * The rules of a school response that need no database: which outcomes carry reasons, what
 * a "we need more data" answer must put on file, and what the request becomes.
 */

export interface FieldProblem {
  field: string;
  message: string;
}

/** Outcomes that are (at least partly) a no, or not a yes yet: they may carry reasons. */
export const OUTCOMES_WITH_REASONS: readonly ResponseOutcome[] = [
  ResponseOutcome.DENIED,
  ResponseOutcome.PARTIALLY_GRANTED,
  ResponseOutcome.DEFERRED_NEEDS_DATA,
  ResponseOutcome.NOT_AVAILABLE,
  ResponseOutcome.REFERRED_ELSEWHERE,
  ResponseOutcome.OTHER,
];

/** Requests that can be answered: sent, and not withdrawn or closed. */
export const ANSWERABLE: readonly WrittenRequestStatus[] = [
  WrittenRequestStatus.SENT,
  WrittenRequestStatus.RESPONDED,
  WrittenRequestStatus.PARTIALLY_RESPONDED,
];

export const THREE_QUESTIONS =
  'a school that needs more data must say what data it will collect (dataWhat), how it will ' +
  'collect it (dataHow) and what happens meanwhile (meanwhile): record them as a commitment ' +
  'with its due date';

/** Why a request in `status` cannot be answered, or null when it can. */
export function unanswerable(status: WrittenRequestStatus): string | null {
  if (ANSWERABLE.includes(status)) return null;
  if (status === WrittenRequestStatus.DRAFT)
    return 'names a draft request: it was never sent, so the school cannot have answered it';
  if (status === WrittenRequestStatus.WITHDRAWN)
    return 'names a withdrawn request: a response cannot be recorded on it';
  return 'names a closed request: a response cannot be recorded on it';
}

/** The response's outcome and reasons agree. */
export function reasonProblems(
  outcome: ResponseOutcome,
  reasons: readonly string[] | null | undefined,
): FieldProblem[] {
  if (!reasons?.length || OUTCOMES_WITH_REASONS.includes(outcome)) return [];
  return [
    {
      field: 'reasons',
      message: `are reasons for a no: a ${outcome} response has none (leave them out)`,
    },
  ];
}

/** The response's received date fits the request's: not before it was sent. */
export function receivedOnProblems(receivedOn: string, sentOn: string | null): FieldProblem[] {
  if (sentOn && receivedOn < sentOn)
    return [
      {
        field: 'receivedOn',
        message: `a response cannot come before the request (sent ${sentOn})`,
      },
    ];
  return [];
}

export interface DataPlan {
  dataWhat?: string | null;
  dataHow?: string | null;
  meanwhile?: string | null;
}

const answered = (text: string | null | undefined): boolean => !!text && text.trim() !== '';

/** Whether a commitment answers the three questions of a "we need more data" response. */
export const answersThreeQuestions = (plan: DataPlan): boolean =>
  answered(plan.dataWhat) && answered(plan.dataHow) && answered(plan.meanwhile);

/** A DEFERRED_NEEDS_DATA response must have a commitment answering the three questions. */
export function deferredProblems(
  outcome: ResponseOutcome,
  commitments: readonly DataPlan[],
  field = 'commitments',
): FieldProblem[] {
  if (outcome !== ResponseOutcome.DEFERRED_NEEDS_DATA) return [];
  if (commitments.some(answersThreeQuestions)) return [];
  return [{ field, message: THREE_QUESTIONS }];
}

/** A commitment falls due on or after the response that made it. */
export function dueOnProblems(dueOn: string, receivedOn: string, field = 'dueOn'): FieldProblem[] {
  if (dueOn >= receivedOn) return [];
  return [
    {
      field,
      message: `a commitment cannot fall due before the response that made it (received ${receivedOn})`,
    },
  ];
}

/** Whether a response of `outcome` (marked `partial` or not) leaves the request partly answered. */
export const isPartial = (outcome: ResponseOutcome, partial?: boolean | null): boolean =>
  partial === true || outcome === ResponseOutcome.PARTIALLY_GRANTED;

/** An OPEN commitment whose due day is over (today read in the organization's time zone). */
export const isOverdue = (status: string, dueOn: string, today: string): boolean =>
  status === 'OPEN' && dueOn < today;
