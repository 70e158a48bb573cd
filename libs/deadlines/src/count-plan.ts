import { COUNT, dayVerdict, MAX_COUNT_STEPS, MISSING, type CountContext } from './counting';
import { fromDayNumber } from './dates';
import type { DayTable } from './day-table';
import type { ActiveExclusion } from './exclusions';
import type { IsoDate, SkippedDay, Unit } from './types';

/**
 * A counting question answered by lookup instead of a walk. For one calendar (its day table),
 * unit and set of active exclusions, every day of the calendar's span is classified once
 * (with counting.ts's own dayVerdict) into: counts, is skipped, or is missing. With prefix
 * counts of the counting days, "N days after day s" is the (rank of s + N)th counting day:
 * an array read. The lists of counted and skipped days, which only the readings that are
 * shown need, are read from the same arrays when asked for.
 *
 * A plan answers only counts that stay inside the span, meet no missing day (where the
 * count would stand in for the calendar and note it as provisional) and stay under the
 * walk's ten-year limit; anything else returns null and the caller walks (counting.ts).
 */

export interface PlannedCount {
  dueDay: number;
  dueDate: IsoDate;
  /** Fresh arrays on every call, in counting order. */
  lists(): { counted: IsoDate[]; skipped: SkippedDay[] };
}

export interface CountPlan {
  answer(start: number, period: number, direction: 'AFTER' | 'BEFORE'): PlannedCount | null;
}

/**
 * Plans per table and question, the question written out in full (unit, direction, the
 * holidays of business days, the active exclusions): rules that count the same way share a
 * plan. A plan costs one pass over the span, so it is built on the second count of a question
 * against the same calendar object: a calendar object used for a single computation (say,
 * read from the database for one request) keeps walking.
 */
type Slot = CountPlan | 'ASKED_ONCE';
const plans = new WeakMap<DayTable, Map<string, Slot>>();

/**
 * The plan for counting `unit` days in `direction` with the active exclusions `ctx.exclusions`
 * (and, for business days, the default public holidays of `holidays`), or null: the table
 * has no span, or this is the first time the question is asked.
 */
export function countPlan(
  table: DayTable,
  unit: Exclude<Unit, 'HOURS'>,
  direction: 'AFTER' | 'BEFORE',
  holidays: string,
  ctx: CountContext,
): CountPlan | null {
  const span = table.span;
  if (!span || span.last < span.first) return null;
  let byQuestion = plans.get(table);
  if (!byQuestion) {
    byQuestion = new Map();
    plans.set(table, byQuestion);
  }
  const question = `${unit} ${direction} ${holidays} ${exclusionsKey(ctx.exclusions)}`;
  const hit = byQuestion.get(question);
  if (hit === undefined) {
    byQuestion.set(question, 'ASKED_ONCE');
    return null;
  }
  if (hit !== 'ASKED_ONCE') return hit;
  const plan = buildPlan(table, span.first, span.last, unit, ctx);
  byQuestion.set(question, plan);
  return plan;
}

/** The active exclusions, as a key: two equal keys skip the same days for the same reasons. */
function exclusionsKey(exclusions: readonly ActiveExclusion[]): string {
  let key = '';
  for (const e of exclusions) key += `${e.kind}/${e.minSchoolDays}/${e.edges}/${e.label};`;
  return key;
}

function buildPlan(
  table: DayTable,
  first: number,
  last: number,
  unit: Exclude<Unit, 'HOURS'>,
  ctx: CountContext,
): CountPlan {
  const n = last - first + 1;
  // countedBefore[i] / missingBefore[i]: counting / missing days in [first, first + i).
  const countedBefore = new Int32Array(n + 1);
  const missingBefore = new Int32Array(n + 1);
  const countingDays: number[] = [];
  // The skipped days in order, and skippedBefore[i]: skipped days in [first, first + i).
  const skippedDays: SkippedDay[] = [];
  const skippedBefore = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const day = first + i;
    // A day the calendar lacks would be stood in for (and noted): the plan leaves it to the walk.
    const verdict = table.classify(day).kind === 'MISSING' ? MISSING : dayVerdict(day, unit, ctx);
    if (verdict === COUNT) countingDays.push(day);
    else if (verdict !== MISSING) skippedDays.push(verdict);
    countedBefore[i + 1] = (countedBefore[i] ?? 0) + (verdict === COUNT ? 1 : 0);
    missingBefore[i + 1] = (missingBefore[i] ?? 0) + (verdict === MISSING ? 1 : 0);
    skippedBefore[i + 1] = skippedDays.length;
  }
  const counting = Int32Array.from(countingDays);
  const countingIso = countingDays.map(fromDayNumber);
  /** Counting (or missing) days in [first, day), for a day in [first, last + 1]. */
  const countedTo = (day: number) => countedBefore[day - first] ?? 0;
  const missingTo = (day: number) => missingBefore[day - first] ?? 0;
  /** The skipped days in [from, to], as fresh copies, in date order (or reversed). */
  const skippedIn = (from: number, to: number, reversed: boolean): SkippedDay[] => {
    const a = skippedBefore[from - first] ?? 0;
    const b = skippedBefore[to + 1 - first] ?? 0;
    const out: SkippedDay[] = [];
    for (let i = 0; i < b - a; i++) {
      const r = skippedDays[reversed ? b - 1 - i : a + i];
      if (r) out.push({ date: r.date, kind: r.kind, reason: r.reason, text: r.text });
    }
    return out;
  };

  return {
    answer(start, period, direction) {
      if (period < 1) return null;
      if (direction === 'AFTER') {
        // Days start+1 … due, all inside the span.
        if (start + 1 < first || start + 1 > last) return null;
        const base = countedTo(start + 1);
        const k = base + period - 1;
        const due = counting[k];
        if (due === undefined || due - start > MAX_COUNT_STEPS + 1) return null;
        if (missingTo(due + 1) - missingTo(start + 1) > 0) return null;
        const dueDay = due;
        return {
          dueDay,
          dueDate: fromDayNumber(dueDay),
          lists: () => {
            const counted = countingIso.slice(base, base + period);
            return { counted, skipped: skippedIn(start + 1, dueDay, false) };
          },
        };
      }
      // BEFORE: days start-1 … due, counted backwards.
      if (start - 1 < first || start - 1 > last) return null;
      const top = countedTo(start); // counting days in [first, start - 1]
      const k = top - period;
      if (k < 0) return null;
      const due = counting[k];
      if (due === undefined || start - due > MAX_COUNT_STEPS + 1) return null;
      if (missingTo(start) - missingTo(due) > 0) return null;
      const dueDay = due;
      return {
        dueDay,
        dueDate: fromDayNumber(dueDay),
        lists: () => {
          const counted = countingIso.slice(k, top).reverse();
          return { counted, skipped: skippedIn(dueDay, start - 1, true) };
        },
      };
    },
  };
}
