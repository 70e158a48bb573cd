import type { CountingDays } from './counting-days';
import { fromDayNumber, isWeekendDay, toDayNumber, weekdayNameOf } from './dates';
import type { DueDayAdjustment, Incomplete, IsoDate } from './types';

/**
 * Moves of the due day after the count: a weekend/holiday roll (a reading, see
 * ambiguities.ts WEEKEND_DUE_DAY) and TX 89.1011's "if day 30 falls in summer, by the first
 * day of fall classes".
 */

export type AdjustOutcome =
  | { dueDate: IsoDate; notes: string[]; incomplete: null }
  | { dueDate: null; notes: string[]; incomplete: Incomplete };

/** `active`: the rule's adjustments that apply under the reading (reading-questions.ts). */
export function adjustDueDay(
  due: IsoDate,
  active: readonly DueDayAdjustment[],
  days: CountingDays,
): AdjustOutcome {
  let date = due;
  const notes: string[] = [];
  for (const a of active) {
    if (a.kind === 'SUMMER_TO_NEXT_FIRST_DAY') {
      const day = days.classify(toDayNumber(date));
      if (day.kind === 'MISSING') {
        return {
          dueDate: null,
          notes,
          incomplete: {
            reason: `the school calendar does not cover ${date}: cannot tell whether the due day falls in summer`,
            missingDate: date,
          },
        };
      }
      if (day.kind === 'SUMMER') {
        notes.push(
          `${date} falls in summer: moved to the first instructional day of fall, ${day.before.firstDay}`,
        );
        date = day.before.firstDay;
      }
    } else {
      const start = date;
      const passed: string[] = [];
      let n = toDayNumber(date);
      for (;;) {
        const h = days.holiday(n);
        if (!isWeekendDay(n) && !h) break;
        passed.push(h ? `${date} ${h.scope} holiday (${h.name})` : `${date} ${weekdayNameOf(n)}`);
        n++;
        date = fromDayNumber(n);
      }
      if (date !== start) {
        notes.push(`due day rolled forward past ${passed.join(', ')} to ${date}`);
      }
    }
  }
  return { dueDate: date, notes, incomplete: null };
}
