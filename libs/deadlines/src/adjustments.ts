import type { CountingDays } from './counting-days';
import { fromDayNumber, isWeekendDay, toDayNumber, weekdayNameOf } from './dates';
import type { DueDayAdjustment, Incomplete, IsoDate } from './types';

/**
 * Moves of the due day after the count: a weekend/holiday roll (a reading, see
 * ambiguities.ts WEEKEND_DUE_DAY) and TX 89.1011's "if day 30 falls in summer, by the first
 * day of fall classes".
 */

export type AdjustOutcome =
  | { dueDate: IsoDate; notes: readonly string[]; incomplete: null }
  | { dueDate: null; notes: readonly string[]; incomplete: Incomplete };

const NO_NOTES: readonly string[] = Object.freeze([]);

/**
 * `active`: the rule's adjustments that apply under the reading (reading-questions.ts).
 * `dueDay`: the due day's day number when the caller has it (else it is parsed).
 */
export function adjustDueDay(
  due: IsoDate,
  dueDay: number | null,
  active: readonly DueDayAdjustment[],
  days: CountingDays,
): AdjustOutcome {
  if (active.length === 0) return { dueDate: due, notes: NO_NOTES, incomplete: null };
  let date = due;
  // The day number of `date`, while it is known.
  let day = dueDay;
  const notes: string[] = [];
  for (const a of active) {
    if (a.kind === 'SUMMER_TO_NEXT_FIRST_DAY') {
      const c = days.classify(day ?? toDayNumber(date));
      if (c.kind === 'MISSING') {
        return {
          dueDate: null,
          notes,
          incomplete: {
            reason: `the school calendar does not cover ${date}: cannot tell whether the due day falls in summer`,
            missingDate: date,
          },
        };
      }
      if (c.kind === 'SUMMER') {
        notes.push(
          `${date} falls in summer: moved to the first instructional day of fall, ${c.before.firstDay}`,
        );
        date = c.before.firstDay;
        day = null;
      }
    } else {
      const start = date;
      const passed: string[] = [];
      let n = day ?? toDayNumber(date);
      for (;;) {
        const h = days.holiday(n);
        if (!isWeekendDay(n) && !h) break;
        passed.push(h ? `${date} ${h.scope} holiday (${h.name})` : `${date} ${weekdayNameOf(n)}`);
        n++;
        date = fromDayNumber(n);
      }
      day = n;
      if (date !== start) {
        notes.push(`due day rolled forward past ${passed.join(', ')} to ${date}`);
      }
    }
  }
  return { dueDate: date, notes, incomplete: null };
}
