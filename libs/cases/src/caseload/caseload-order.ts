import { CaseStatus } from '../case-enums';
import type { Case } from '../case.entity';
import type { CaseloadFacts } from './caseload-facts';
import { CaseloadOrder } from './caseload.objects';

/** Open statuses, in the order an advocate works them. */
const STATUS_RANK: Record<CaseStatus, number> = {
  [CaseStatus.ACTIVE]: 1,
  [CaseStatus.INTAKE]: 2,
  [CaseStatus.ON_HOLD]: 3,
  [CaseStatus.RESOLVED]: 4,
  [CaseStatus.CLOSED]: 5,
};

/** Separates the parts of a sort key (no name or date contains it). */
export const SORT_KEY_SEPARATOR = '\u0001';
/** Sorts after every name and date: what has no deadline or school comes last. */
const LAST = '\uffff';

/** An opened date as a key that sorts newest first (each digit of YYYY-MM-DD complemented). */
const newestFirst = (openedOn: string): string =>
  openedOn.replace(/\d/g, (digit) => String(9 - Number(digit)));

/** Plain code-unit order, the same in the sort and in the cursor's comparison. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A case's place in a caseload of the given order, as a string that sorts ascending (ties
 * go by id). It starts with the order's name, so a cursor of another order is refused.
 */
export function sortKey(
  order: CaseloadOrder,
  c: Pick<Case, 'status' | 'openedOn'>,
  facts: Pick<CaseloadFacts, 'nextDeadline' | 'overdueCount'>,
  schoolName?: string,
): string {
  const deadline = facts.nextDeadline?.toISOString() ?? LAST;
  const status = String(STATUS_RANK[c.status]);
  const opened = newestFirst(c.openedOn);
  const parts: Record<CaseloadOrder, string[]> = {
    // More overdue sorts first: the count is complemented (no caseload has 99,999 overdue).
    [CaseloadOrder.URGENCY]: [
      String(99_999 - Math.min(facts.overdueCount, 99_999)).padStart(5, '0'),
      deadline,
      status,
      opened,
    ],
    [CaseloadOrder.STATUS]: [status, opened],
    [CaseloadOrder.NEXT_DEADLINE]: [deadline, status, opened],
    [CaseloadOrder.SCHOOL]: [schoolName?.toLocaleLowerCase('en') ?? LAST, status, opened],
  };
  return [order, ...parts[order]].join(SORT_KEY_SEPARATOR);
}
