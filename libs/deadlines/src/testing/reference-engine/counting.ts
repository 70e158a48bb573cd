// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import type { CalendarModel } from './calendar';
import { addDays, isWeekend, yearOf } from './dates';
import { checkExclusions, type ActiveExclusion } from './exclusions';
import type {
  Holiday,
  HolidaySource,
  Incomplete,
  IsoDate,
  SkippedDay,
  SkipKind,
  Unit,
} from '../../types';

/**
 * Counting per unit (34 CFR 300.11): day 1 is the day after the trigger ("within N days of
 * receipt"), or the day before it for "at least N days before" notice rules.
 * - CALENDAR_DAYS: every day, minus the rule's exclusions.
 * - BUSINESS_DAYS: Monday–Friday minus federal and state public holidays (300.11(b)).
 * - SCHOOL_DAYS: the district's instructional days (300.11(c)).
 * - SCHOOL_WORKING_DAYS (MA 603 CMR 28): counted as school days. The doc gives no separate
 *   definition, and the MA end-of-year rule (consent 30–45 school working days before the
 *   year ends → 14 days after it) only makes sense if the count stops over summer.
 */

export interface CountContext {
  model: CalendarModel;
  exclusions: readonly ActiveExclusion[];
  holiday(date: IsoDate): Holiday | undefined;
}

export interface CountResult {
  dueDate: IsoDate | null;
  counted: IsoDate[];
  skipped: SkippedDay[];
  incomplete: Incomplete | null;
}

/** Ten years of days: a count that runs longer than this has a broken calendar. */
const MAX_STEPS = 3660;

export function skip(date: IsoDate, kind: SkipKind, reason: string): SkippedDay {
  return { date, kind, reason, text: `${date} ${reason}` };
}

export function holidayLookup(source: HolidaySource, jurisdiction: string) {
  return (date: IsoDate): Holiday | undefined =>
    source.holidays(jurisdiction, yearOf(date)).get(date);
}

export function holidaySkip(date: IsoDate, h: Holiday): SkippedDay {
  return skip(
    date,
    h.scope === 'federal' ? 'FEDERAL_HOLIDAY' : 'STATE_HOLIDAY',
    `${h.scope} holiday (${h.name})`,
  );
}

export function countDays(
  start: IsoDate,
  period: number,
  unit: Exclude<Unit, 'HOURS'>,
  direction: 'AFTER' | 'BEFORE',
  ctx: CountContext,
): CountResult {
  const step = direction === 'AFTER' ? 1 : -1;
  const counted: IsoDate[] = [];
  const skipped: SkippedDay[] = [];
  let date = start;
  for (let i = 0; counted.length < period; i++) {
    if (i > MAX_STEPS) {
      return {
        dueDate: null,
        counted,
        skipped,
        incomplete: { reason: 'the count ran past ten years of days', missingDate: date },
      };
    }
    date = addDays(date, step);
    const verdict = dayVerdict(date, unit, ctx);
    if (verdict === 'COUNT') counted.push(date);
    else if (verdict === 'MISSING') {
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
  return { dueDate: date, counted, skipped, incomplete: null };
}

function dayVerdict(
  date: IsoDate,
  unit: Exclude<Unit, 'HOURS'>,
  ctx: CountContext,
): 'COUNT' | 'MISSING' | SkippedDay {
  if (unit === 'SCHOOL_DAYS' || unit === 'SCHOOL_WORKING_DAYS') {
    const day = ctx.model.classify(date);
    switch (day.kind) {
      case 'MISSING':
        return 'MISSING';
      case 'WEEKEND':
        return skip(date, 'WEEKEND', 'weekend');
      case 'CLOSURE':
        return skip(date, 'NON_SCHOOL_DAY', `no school: ${day.label}`);
      case 'SUMMER':
        return skip(
          date,
          'SUMMER',
          `summer (between the last instructional day ${day.after.lastDay} and the first ${day.before.firstDay})`,
        );
      case 'SCHOOL':
        break;
    }
  } else if (unit === 'BUSINESS_DAYS') {
    if (isWeekend(date)) return skip(date, 'WEEKEND', 'weekend');
    const h = ctx.holiday(date);
    if (h) return holidaySkip(date, h);
  }
  const verdict = checkExclusions(date, ctx.exclusions, ctx.model);
  if ('missing' in verdict) return 'MISSING';
  if (verdict.excluded) return skip(date, verdict.kind, verdict.reason);
  return 'COUNT';
}

/** Days in (from, to] that are school days, or null when the calendar does not cover them. */
export function schoolDaysBetween(from: IsoDate, to: IsoDate, model: CalendarModel): number | null {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const day = model.classify(d);
    if (day.kind === 'MISSING') return null;
    if (day.kind === 'SCHOOL') n++;
  }
  return n;
}
