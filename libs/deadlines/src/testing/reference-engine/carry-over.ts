// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import type { CalendarModel } from './calendar';
import { applies } from './conditions';
import { addDays, daysBetween, yearOf } from './dates';
import { schoolDaysBetween } from './counting';
import type { CarryOver, Choices, Incomplete, IsoDate } from '../../types';

/**
 * End-of-year rules that set the due day instead of the count: CA EC 56043 (referral ≤10
 * days before year end → 10 days after the next year starts; ≤30 days before → IEP 30 days
 * after), TX TEC 29.004(a-1) (consent 35–44 school days before the last instructional day →
 * June 30), MA 603 CMR 28.05 / DESE memo 2025 (consent 30–45 school working days before year
 * end → 14 days after the year ends).
 */

export type CarryOverOutcome =
  | { kind: 'NONE' }
  | { kind: 'APPLIED'; dueDate: IsoDate; note: string }
  | { kind: 'INCOMPLETE'; incomplete: Incomplete };

export function applyCarryOvers(
  trigger: IsoDate,
  carryOvers: readonly CarryOver[],
  choices: Choices,
  model: CalendarModel,
): CarryOverOutcome {
  const active = carryOvers.filter((c) => applies(c.when, choices));
  if (active.length === 0) return { kind: 'NONE' };
  const day = model.classify(trigger);
  if (day.kind === 'MISSING') {
    return {
      kind: 'INCOMPLETE',
      incomplete: {
        reason: `the school calendar does not cover the trigger date ${trigger}: the end-of-year rule cannot be checked`,
        missingDate: trigger,
      },
    };
  }
  const year = model.yearContaining(trigger);
  if (!year) return { kind: 'NONE' }; // in summer: the count (with its exclusions) decides
  for (const c of active) {
    const distance =
      c.measure.unit === 'CALENDAR_DAYS'
        ? daysBetween(trigger, year.lastDay)
        : schoolDaysBetween(trigger, year.lastDay, model);
    if (distance === null || distance < c.measure.min || distance > c.measure.max) continue;
    const unitWord = c.measure.unit === 'CALENDAR_DAYS' ? 'days' : 'school days';
    const why = `${trigger} is ${distance} ${unitWord} before the last instructional day ${year.lastDay} (${c.measure.min}–${c.measure.max}: ${c.citation})`;
    if (c.due.anchor === 'NEXT_YEAR_FIRST_DAY') {
      const next = model.nextYearAfter(year);
      if (!next) {
        return {
          kind: 'INCOMPLETE',
          incomplete: {
            reason: `${why}; the due day is ${c.due.plusDays} days after the next school year starts, and the calendar has no next year`,
            missingDate: addDays(year.lastDay, 1),
          },
        };
      }
      const dueDate = addDays(next.firstDay, c.due.plusDays);
      return {
        kind: 'APPLIED',
        dueDate,
        note: `${why}: due ${c.due.plusDays} days after the next year's first day ${next.firstDay}. ${c.note}`,
      };
    }
    if (c.due.anchor === 'LAST_DAY') {
      const dueDate = addDays(year.lastDay, c.due.plusDays);
      return {
        kind: 'APPLIED',
        dueDate,
        note: `${why}: due ${c.due.plusDays} days after the year ends. ${c.note}`,
      };
    }
    const dueDate = `${yearOf(year.lastDay)}-${c.due.monthDay}`;
    return { kind: 'APPLIED', dueDate, note: `${why}: due ${dueDate}. ${c.note}` };
  }
  return { kind: 'NONE' };
}
