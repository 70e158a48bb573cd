// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import type { CalendarModel } from './calendar';
import { applies } from './conditions';
import { addDays, isWeekend, weekdayName } from './dates';
import type { Choices, DueDayAdjustment, Holiday, Incomplete, IsoDate } from '../../types';

/**
 * Moves of the due day after the count: a weekend/holiday roll (a reading, see
 * ambiguities.ts WEEKEND_DUE_DAY) and TX 89.1011's "if day 30 falls in summer, by the first
 * day of fall classes".
 */

export type AdjustOutcome =
  | { dueDate: IsoDate; notes: string[]; incomplete: null }
  | { dueDate: null; notes: string[]; incomplete: Incomplete };

export function adjustDueDay(
  due: IsoDate,
  adjustments: readonly DueDayAdjustment[],
  choices: Choices,
  model: CalendarModel,
  holiday: (date: IsoDate) => Holiday | undefined,
): AdjustOutcome {
  let date = due;
  const notes: string[] = [];
  for (const a of adjustments) {
    if (!applies(a.when, choices)) continue;
    if (a.kind === 'SUMMER_TO_NEXT_FIRST_DAY') {
      const day = model.classify(date);
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
      for (;;) {
        const h = holiday(date);
        if (!isWeekend(date) && !h) break;
        passed.push(h ? `${date} ${h.scope} holiday (${h.name})` : `${date} ${weekdayName(date)}`);
        date = addDays(date, 1);
      }
      if (date !== start) {
        notes.push(`due day rolled forward past ${passed.join(', ')} to ${date}`);
      }
    }
  }
  return { dueDate: date, notes, incomplete: null };
}
