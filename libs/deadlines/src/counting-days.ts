import type { BreakAround, DayTable } from './day-table';
import type { Break, DayClass } from './calendar';
import { daysFromCivil, fromDayNumber, isWeekendDay, yearOf } from './dates';
import { dateHolidaysSource } from './holidays';
import { MissingYears } from './missing-years';
import type { Holiday, HolidaySource, IsoDate, SchoolCalendar, SchoolYear } from './types';

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
  /** The days it had to stand in for: the first, and the school years the calendar lacks. */
  readonly standIns: MissingYears;
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
  calendar: SchoolCalendar | undefined,
): CountingDays {
  return new StandInDays(real, holiday, new MissingYears(calendar));
}

/** A class rather than closures: one is made per computation. */
class StandInDays implements CountingDays {
  private last: { from: number; to: number; n: number | null } | null = null;

  constructor(
    readonly real: DayTable,
    readonly holiday: (day: number) => Holiday | undefined,
    readonly standIns: MissingYears,
  ) {}

  classify(day: number): DayClass {
    const c = this.real.classify(day);
    if (c.kind !== 'MISSING') return c;
    this.standIns.add(day);
    if (isWeekendDay(day)) return { kind: 'WEEKEND', year: STAND_IN_YEAR };
    const h = this.holiday(day);
    if (h) {
      const label = `public holiday (${h.name}), no school calendar`;
      const date = fromDayNumber(day);
      return { kind: 'CLOSURE', year: STAND_IN_YEAR, label, brk: oneDayBreak(date, label) };
    }
    return { kind: 'SCHOOL', year: STAND_IN_YEAR };
  }

  breakAround(day: number): BreakAround | null {
    const b = this.real.breakAround(day);
    if (b || this.real.classify(day).kind !== 'MISSING') return b;
    const c = this.classify(day);
    return c.kind === 'CLOSURE' ? { brk: c.brk, position: 'INSIDE' } : null;
  }

  // The model's classify gives a day inside a year that year (its yearContaining), and summer
  // and missing days none: read it from the table instead of comparing dates.
  yearContaining(day: number): SchoolYear | null {
    const c = this.real.classify(day);
    return c.kind === 'SCHOOL' || c.kind === 'WEEKEND' || c.kind === 'CLOSURE' ? c.year : null;
  }

  nextYearAfter(year: SchoolYear): SchoolYear | null {
    return this.real.model.nextYearAfter(year);
  }

  schoolDaysBetween(from: number, to: number): number | null {
    const last = this.last;
    if (last && last.from === from && last.to === to) return last.n;
    // The table's prefix counts answer a range it covers with no missing day; otherwise walk
    // (noting the days stood in for).
    const n = this.real.schoolDaysBetween(from, to) ?? this.walkSchoolDays(from, to);
    this.last = { from, to, n };
    return n;
  }

  private walkSchoolDays(from: number, to: number): number | null {
    let n = 0;
    for (let d = from + 1; d <= to; d++) {
      const c = this.classify(d);
      if (c.kind === 'MISSING') return null;
      if (c.kind === 'SCHOOL') n++;
    }
    return n;
  }
}

function oneDayBreak(date: IsoDate, label: string): Break {
  return { start: date, end: date, schoolDays: 1, label, leading: [], trailing: [] };
}

/**
 * Public holidays by day number. The source is asked once per year the count reaches (its
 * answer is a map by date), not once per day. The default source (date-holidays, cached and
 * unchanging) gets one lookup per jurisdiction for the whole process; any other source one
 * per computation, as it may answer differently another time.
 */
export function holidayDays(
  source: HolidaySource,
  jurisdiction: string,
): (day: number) => Holiday | undefined {
  if (source !== dateHolidaysSource) return yearByYear(source, jurisdiction);
  let lookup = defaultLookups.get(jurisdiction);
  if (!lookup) {
    lookup = yearByYear(source, jurisdiction);
    defaultLookups.set(jurisdiction, lookup);
  }
  return lookup;
}

const defaultLookups = new Map<string, (day: number) => Holiday | undefined>();

function yearByYear(
  source: HolidaySource,
  jurisdiction: string,
): (day: number) => Holiday | undefined {
  const years = new Map<number, ReadonlyMap<IsoDate, Holiday>>();
  // The year last asked for: counts stay inside one year most of the time.
  let from = 0;
  let to = -1;
  let map: ReadonlyMap<IsoDate, Holiday> | undefined;
  return (day) => {
    const date = fromDayNumber(day);
    if (day < from || day > to || !map) {
      const year = yearOf(date);
      // Past year 9999 the date has no four-digit year: ask the source as it is.
      if (!Number.isFinite(year)) return source.holidays(jurisdiction, year).get(date);
      map = years.get(year);
      if (!map) {
        map = source.holidays(jurisdiction, year);
        years.set(year, map);
      }
      from = daysFromCivil(year, 1, 1);
      to = daysFromCivil(year, 12, 31);
    }
    return map.get(date);
  };
}
