import { WrittenRequestStatus } from './written-request.enums';

const { DRAFT, SENT, RESPONDED, PARTIALLY_RESPONDED, CLOSED, WITHDRAWN } = WrittenRequestStatus;

/**
 * The one place that says how a written request may move between statuses. OVERDUE is not a
 * status: it is SENT past its deadline with no response, computed when read.
 */
export const WRITTEN_REQUEST_TRANSITIONS: Readonly<
  Record<WrittenRequestStatus, readonly WrittenRequestStatus[]>
> = {
  [DRAFT]: [SENT, WITHDRAWN],
  [SENT]: [RESPONDED, PARTIALLY_RESPONDED, CLOSED, WITHDRAWN],
  [PARTIALLY_RESPONDED]: [RESPONDED, CLOSED],
  [RESPONDED]: [CLOSED],
  [CLOSED]: [],
  [WITHDRAWN]: [],
};

export const canMoveRequest = (from: WrittenRequestStatus, to: WrittenRequestStatus): boolean =>
  WRITTEN_REQUEST_TRANSITIONS[from].includes(to);

/** Only a draft's letter (subject, body, type, attachments) may change: what was sent is on record. */
export const isDraft = (status: WrittenRequestStatus): boolean => status === DRAFT;

/** Sent and not ended: a school response may still be recorded against it. */
export const acceptsResponse = (status: WrittenRequestStatus): boolean =>
  status === SENT || status === PARTIALLY_RESPONDED || status === RESPONDED;

/** Waiting for the school with no response at all: the status that can become overdue. */
export const awaitsResponse = (status: WrittenRequestStatus): boolean => status === SENT;

/** Overdue: SENT, no response, and the deadline's instant has passed. */
export const isOverdue = (
  status: WrittenRequestStatus,
  dueAt: Date | null,
  now: Date = new Date(),
): boolean => awaitsResponse(status) && dueAt !== null && dueAt.getTime() < now.getTime();

const verb: Record<WrittenRequestStatus, string> = {
  [DRAFT]: 'made a draft again',
  [SENT]: 'sent (SENT)',
  [RESPONDED]: 'marked RESPONDED (record a school response)',
  [PARTIALLY_RESPONDED]: 'marked PARTIALLY_RESPONDED (record a school response)',
  [CLOSED]: 'closed (CLOSED)',
  [WITHDRAWN]: 'withdrawn (WITHDRAWN)',
};

const either = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/**
 * Why a request in `from` cannot move to `to`, in words a person can act on; null when it can.
 * e.g. "a WITHDRAWN request cannot change any more".
 */
export function requestTransitionProblem(
  from: WrittenRequestStatus,
  to: WrittenRequestStatus,
): string | null {
  if (from === to) return `the request is already ${to}`;
  if (canMoveRequest(from, to)) return null;
  const allowed = WRITTEN_REQUEST_TRANSITIONS[from];
  if (!allowed.length) return `a ${from} request cannot change any more`;
  return `a ${from} request can only be ${either(allowed.map((next) => verb[next]))}`;
}
