import { isWeekendDay, weekdayNameOf } from './dates';
import type { DayTable } from './day-table';
import type { Holiday } from './types';

/**
 * The trigger day of a receipt: whether the school was closed that day, and if so the next
 * day it is open. Both read the district's real calendar (day-table.ts), so asking does not
 * make a count provisional. Days are day numbers (dates.ts).
 */

/** Why the day is not a day the school is open (weekend, public holiday, closure), or null. */
export function closedDay(
  day: number,
  table: DayTable,
  holiday: (day: number) => Holiday | undefined,
): string | null {
  if (isWeekendDay(day)) return `a ${weekdayNameOf(day)}`;
  const h = holiday(day);
  if (h) return `a ${h.scope} holiday (${h.name})`;
  const c = table.classify(day);
  return c.kind === 'CLOSURE' ? `a non-school day (${c.label})` : null;
}

/**
 * The next day the school is open: a school day of its calendar, or where the calendar does
 * not reach, a weekday that is not a public holiday.
 */
export function nextOpenDay(
  day: number,
  table: DayTable,
  holiday: (day: number) => Holiday | undefined,
): number {
  let d = day + 1;
  for (let i = 0; i < 400; i++, d++) {
    const c = table.classify(d);
    if (c.kind === 'SCHOOL') return d;
    if (c.kind === 'MISSING' && !isWeekendDay(d) && !holiday(d)) return d;
  }
  return d;
}
