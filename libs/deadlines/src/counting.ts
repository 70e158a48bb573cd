import type { CountingDays } from './counting-days';
import { fromDayNumber, isWeekendDay } from './dates';
import { checkExclusions, type ActiveExclusion } from './exclusions';
import type { Holiday, Incomplete, IsoDate, SkippedDay, SkipKind, Unit } from './types';

/**
 * Counting per unit (34 CFR 300.11): day 1 is the day after the trigger ("within N days of
 * receipt"), or the day before it for "at least N days before" notice rules.
 * - CALENDAR_DAYS: every day, minus the rule's exclusions.
 * - BUSINESS_DAYS: Monday–Friday minus federal and state public holidays (300.11(b)).
 * - SCHOOL_DAYS: the district's instructional days (300.11(c)).
 * - SCHOOL_WORKING_DAYS (MA 603 CMR 28): counted as school days. The doc gives no separate
 *   definition, and the MA end-of-year rule (consent 30–45 school working days before the
 *   year ends → 14 days after it) only makes sense if the count stops over summer.
 *
 * The walk steps over day numbers (dates.ts) and reads the calendar from its day table
 * (day-table.ts); days become `YYYY-MM-DD` only for the explanation's lists.
 */

export interface CountContext {
  days: CountingDays;
  exclusions: readonly ActiveExclusion[];
}

export interface CountResult {
  dueDate: IsoDate | null;
  counted: IsoDate[];
  skipped: SkippedDay[];
  incomplete: Incomplete | null;
}

/** Ten years of days: a count that runs longer than this has a broken calendar. */
const MAX_STEPS = 3660;

export const MAX_COUNT_STEPS = MAX_STEPS;

export function skip(date: IsoDate, kind: SkipKind, reason: string): SkippedDay {
  return { date, kind, reason, text: `${date} ${reason}` };
}

export function holidaySkip(date: IsoDate, h: Holiday): SkippedDay {
  return skip(
    date,
    h.scope === 'federal' ? 'FEDERAL_HOLIDAY' : 'STATE_HOLIDAY',
    `${h.scope} holiday (${h.name})`,
  );
}

/** Count `period` days from the day number `start` (not itself counted). */
export function countDays(
  start: number,
  period: number,
  unit: Exclude<Unit, 'HOURS'>,
  direction: 'AFTER' | 'BEFORE',
  ctx: CountContext,
): CountResult {
  const step = direction === 'AFTER' ? 1 : -1;
  const counted: IsoDate[] = [];
  const skipped: SkippedDay[] = [];
  let day = start;
  for (let i = 0; counted.length < period; i++) {
    if (i > MAX_STEPS) {
      return {
        dueDate: null,
        counted,
        skipped,
        incomplete: {
          reason: 'the count ran past ten years of days',
          missingDate: fromDayNumber(day),
        },
      };
    }
    day += step;
    const verdict = dayVerdict(day, unit, ctx);
    if (verdict === COUNT) counted.push(fromDayNumber(day));
    else if (verdict === MISSING) {
      const date = fromDayNumber(day);
      return {
        dueDate: null,
        counted,
        skipped,
        incomplete: {
          reason: `the school calendar does not cover ${date}: ${unit === 'CALENDAR_DAYS' || unit === 'BUSINESS_DAYS' ? 'the rule excludes breaks or summer, so' : 'school days'} cannot be counted without it`,
          missingDate: date,
        },
      };
    } else skipped.push(verdict);
  }
  return { dueDate: fromDayNumber(day), counted, skipped, incomplete: null };
}

export const COUNT = 0;
export const MISSING = 1;

/** Whether a day counts, is skipped (and why) or is missing from the calendar. */
export function dayVerdict(
  day: number,
  unit: Exclude<Unit, 'HOURS'>,
  ctx: CountContext,
): typeof COUNT | typeof MISSING | SkippedDay {
  if (unit === 'SCHOOL_DAYS' || unit === 'SCHOOL_WORKING_DAYS') {
    const c = ctx.days.classify(day);
    switch (c.kind) {
      case 'MISSING':
        return MISSING;
      case 'WEEKEND':
        return skip(fromDayNumber(day), 'WEEKEND', 'weekend');
      case 'CLOSURE':
        return skip(fromDayNumber(day), 'NON_SCHOOL_DAY', `no school: ${c.label}`);
      case 'SUMMER':
        return skip(
          fromDayNumber(day),
          'SUMMER',
          `summer (between the last instructional day ${c.after.lastDay} and the first ${c.before.firstDay})`,
        );
      case 'SCHOOL':
        break;
    }
  } else if (unit === 'BUSINESS_DAYS') {
    if (isWeekendDay(day)) return skip(fromDayNumber(day), 'WEEKEND', 'weekend');
    const h = ctx.days.holiday(day);
    if (h) return holidaySkip(fromDayNumber(day), h);
  }
  const verdict = checkExclusions(day, ctx.exclusions, ctx.days);
  if ('missing' in verdict) return MISSING;
  if (verdict.excluded) return skip(fromDayNumber(day), verdict.kind, verdict.reason);
  return COUNT;
}
