import { CaseStatus } from './case-enums';

const { INTAKE, ACTIVE, ON_HOLD, RESOLVED, CLOSED } = CaseStatus;

/**
 * The one place that says how a case may move between statuses. Services, messages and
 * tests all read it, so a rule changes here or nowhere.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  [INTAKE]: [ACTIVE, ON_HOLD, CLOSED],
  [ACTIVE]: [ON_HOLD, RESOLVED, CLOSED],
  [ON_HOLD]: [ACTIVE, CLOSED],
  [RESOLVED]: [CLOSED, ACTIVE],
  [CLOSED]: [ACTIVE],
};

/** The statuses a case may open in: it has not been worked on yet, or work starts at once. */
export const OPENING_STATUSES: readonly CaseStatus[] = [INTAKE, ACTIVE];

export const canMove = (from: CaseStatus, to: CaseStatus): boolean =>
  CASE_TRANSITIONS[from].includes(to);

/** RESOLVED and CLOSED end the work on a case: they carry an outcome and a closed date. */
export const endsCase = (status: CaseStatus): boolean => status === RESOLVED || status === CLOSED;

/** Back to ACTIVE from an ended case: the outcome and closed date no longer hold. */
export const isReopening = (from: CaseStatus, to: CaseStatus): boolean =>
  endsCase(from) && to === ACTIVE;

const article = (status: CaseStatus): string =>
  status === RESOLVED || status === CLOSED ? 'a' : 'an';

/** What each move is called, so a refusal tells the person what they can do instead. */
const verb = (from: CaseStatus, to: CaseStatus): string => {
  if (to === ACTIVE && endsCase(from)) return `reopened (${to})`;
  if (to === ACTIVE && from === ON_HOLD) return `resumed (${to})`;
  if (to === CLOSED) return `closed (${to})`;
  return to;
};

const either = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/**
 * Why a case in `from` cannot move to `to`, in words a person can act on; null when it can.
 * e.g. "a CLOSED case can only be reopened (ACTIVE)".
 */
export function transitionProblem(from: CaseStatus, to: CaseStatus): string | null {
  if (from === to) return `the case is already ${to}`;
  if (canMove(from, to)) return null;
  const allowed = CASE_TRANSITIONS[from];
  // Ended cases have few ways out: name them as what they do (close, reopen).
  if (endsCase(from) || from === ON_HOLD) {
    return `${article(from)} ${from} case can only be ${either(allowed.map((next) => verb(from, next)))}`;
  }
  return `${article(from)} ${from} case can move to ${either([...allowed])}`;
}
