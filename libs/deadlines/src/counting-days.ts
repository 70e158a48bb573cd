import type { BreakAround, DayTable } from './day-table';
import type { Break, CalendarModel, DayClass } from './calendar';
import { daysFromCivil, fromDayNumber, isWeekendDay, yearOf } from './dates';
import type { Holiday, HolidaySource, IsoDate, SchoolYear } from './types';

/**
 * The days one computation counts over, by day number: the district's calendar where it has
 * the day, and otherwise weekdays less public holidays (the provisional rule): a
 * missing weekday that is a public holiday is a one-day closure, any other missing weekday a
 * school day. Summer and the district's own breaks are unknown there, so nothing is skipped
 * for them; end-of-year rules still need the real calendar (yearContaining is the district's
 * own). Every day it stands in for is remembered: the result says the count is provisional.
 */
export interface CountingDays {
  /** The district's own calendar (no stand-ins). */
  real: DayTable;
  classify(day: number): DayClass;
  breakAround(day: number): BreakAround | null;
  yearContaining(day: number): SchoolYear | null;
  nextYearAfter(year: SchoolYear): SchoolYear | null;
  holiday(day: number): Holiday | undefined;
  /** The days it had to stand in for (any order, each once). */
  filled(): readonly number[];
  /**
   * School days in (from, to], or null when a day is missing. End-of-year rules ask it once
   * per reading with the same days: the last answer is remembered.
   */
  schoolDaysBetween(from: number, to: number): number | null;
}

/** Covers every day: a stand-in year, never "containing" a date for end-of-year rules. */
const STAND_IN_YEAR: SchoolYear = {
  firstDay: '0000-01-01',
  lastDay: '9999-12-31',
  nonSchoolDays: [],
};

export function countingDays(
  real: DayTable,
  holiday: (day: number) => Holiday | undefined,
): CountingDays {
  const model: CalendarModel = real.model;
  const filled: number[] = [];
  const seen = new Set<number>();
  let last: { from: number; to: number; n: number | null } | null = null;
  const note = (day: number) => {
    if (seen.has(day)) return;
    seen.add(day);
    filled.push(day);
  };
  const oneDayBreak = (date: IsoDate, label: string): Break => ({
    start: date,
    end: date,
    schoolDays: 1,
    label,
    leading: [],
    trailing: [],
  });
  const classify = (day: number): DayClass => {
    const c = real.classify(day);
    if (c.kind !== 'MISSING') return c;
    note(day);
    if (isWeekendDay(day)) return { kind: 'WEEKEND', year: STAND_IN_YEAR };
    const h = holiday(day);
    if (h) {
      const label = `public holiday (${h.name}), no school calendar`;
      const date = fromDayNumber(day);
      return { kind: 'CLOSURE', year: STAND_IN_YEAR, label, brk: oneDayBreak(date, label) };
    }
    return { kind: 'SCHOOL', year: STAND_IN_YEAR };
  };
  return {
    real,
    classify,
    breakAround: (day) => {
      const b = real.breakAround(day);
      if (b || real.classify(day).kind !== 'MISSING') return b;
      const c = classify(day);
      return c.kind === 'CLOSURE' ? { brk: c.brk, position: 'INSIDE' } : null;
    },
    yearContaining: (day) => model.yearContaining(fromDayNumber(day)),
    nextYearAfter: model.nextYearAfter,
    holiday,
    filled: () => filled,
    schoolDaysBetween: (from, to) => {
      if (last && last.from === from && last.to === to) return last.n;
      let n: number | null = 0;
      for (let d = from + 1; d <= to; d++) {
        const c = classify(d);
        if (c.kind === 'MISSING') {
          n = null;
          break;
        }
        if (c.kind === 'SCHOOL') n++;
      }
      last = { from, to, n };
      return n;
    },
  };
}

/**
 * Public holidays by day number. The source is asked once per year the count reaches (its
 * answer is a map by date), not once per day.
 */
export function holidayDays(
  source: HolidaySource,
  jurisdiction: string,
): (day: number) => Holiday | undefined {
  let from = 0;
  let to = -1;
  let map: ReadonlyMap<IsoDate, Holiday> | null = null;
  return (day) => {
    const date = fromDayNumber(day);
    if (day < from || day > to || !map) {
      const year = yearOf(date);
      map = source.holidays(jurisdiction, year);
      from = daysFromCivil(year, 1, 1);
      to = daysFromCivil(year, 12, 31);
    }
    return map.get(date);
  };
}
