// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import { addDays, daysBetween, isWeekend } from './dates';
import type { EdgeWeekends, IsoDate, SchoolCalendar, SchoolYear } from '../../types';

/**
 * The district's instructional calendar as the engine reads it. A day is a SCHOOL day when
 * it is a weekday inside a school year that is not a listed non-school day (34 CFR 300.11(c):
 * a day children attend for instruction). Days between two consecutive known years are
 * SUMMER; days outside every known year and not between two of them are MISSING: the engine
 * never guesses them.
 */

export type DayClass =
  | { kind: 'SCHOOL'; year: SchoolYear }
  | { kind: 'WEEKEND'; year: SchoolYear }
  | { kind: 'CLOSURE'; year: SchoolYear; label: string; brk: Break }
  | { kind: 'SUMMER'; after: SchoolYear; before: SchoolYear }
  | { kind: 'MISSING' };

/** A run of non-school weekdays, joined across the weekends inside it. */
export interface Break {
  start: IsoDate;
  end: IsoDate;
  /** Non-school weekdays in the run ("school days" the break takes). */
  schoolDays: number;
  label: string;
  /** Weekend days just before the start / just after the end (inside the year). */
  leading: readonly IsoDate[];
  trailing: readonly IsoDate[];
}

export interface CalendarModel {
  classify(date: IsoDate): DayClass;
  /** The break a day belongs to, including weekends inside it, plus edge weekends. */
  breakAround(date: IsoDate): { brk: Break; position: 'INSIDE' | 'LEADING' | 'TRAILING' } | null;
  yearContaining(date: IsoDate): SchoolYear | null;
  nextYearAfter(year: SchoolYear): SchoolYear | null;
}

/** Longer than any US summer vacation: a longer gap means a school year is missing. */
const MAX_SUMMER_DAYS = 120;

const models = new WeakMap<SchoolCalendar, CalendarModel>();

export function calendarModel(calendar: SchoolCalendar | undefined): CalendarModel {
  if (!calendar) return EMPTY;
  const hit = models.get(calendar);
  if (hit) return hit;
  const model = build(calendar);
  models.set(calendar, model);
  return model;
}

const EMPTY: CalendarModel = {
  classify: () => ({ kind: 'MISSING' }),
  breakAround: () => null,
  yearContaining: () => null,
  nextYearAfter: () => null,
};

function build(calendar: SchoolCalendar): CalendarModel {
  const years = [...calendar.years].sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1));
  const closures = new Map<IsoDate, string>();
  // Every day of every break (inside or at its edges) → the break and where the day sits.
  const breakDays = new Map<IsoDate, { brk: Break; position: 'INSIDE' | 'LEADING' | 'TRAILING' }>();
  for (const year of years) {
    const weekdays = year.nonSchoolDays
      .filter((d) => d.date >= year.firstDay && d.date <= year.lastDay && !isWeekend(d.date))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
    for (const d of weekdays) closures.set(d.date, d.label);
    let i = 0;
    while (i < weekdays.length) {
      const first = weekdays[i];
      if (!first) break;
      let end = first.date;
      let count = 1;
      let j = i + 1;
      for (; j < weekdays.length; j++) {
        const next = weekdays[j];
        if (!next || next.date !== nextWeekday(end)) break;
        end = next.date;
        count++;
      }
      const leading: IsoDate[] = [];
      for (
        let d = addDays(first.date, -1);
        isWeekend(d) && d >= year.firstDay;
        d = addDays(d, -1)
      ) {
        leading.unshift(d);
      }
      const trailing: IsoDate[] = [];
      for (let d = addDays(end, 1); isWeekend(d) && d <= year.lastDay; d = addDays(d, 1)) {
        trailing.push(d);
      }
      const brk: Break = {
        start: first.date,
        end,
        schoolDays: count,
        label: first.label,
        leading,
        trailing,
      };
      for (let d = first.date; d <= end; d = addDays(d, 1))
        breakDays.set(d, { brk, position: 'INSIDE' });
      for (const d of leading)
        if (!breakDays.has(d)) breakDays.set(d, { brk, position: 'LEADING' });
      for (const d of trailing) breakDays.set(d, { brk, position: 'TRAILING' });
      i = j;
    }
  }

  const yearContaining = (date: IsoDate): SchoolYear | null =>
    years.find((y) => y.firstDay <= date && date <= y.lastDay) ?? null;

  const nextYearAfter = (year: SchoolYear): SchoolYear | null => {
    const index = years.indexOf(year);
    return years[index + 1] ?? null;
  };

  const classify = (date: IsoDate): DayClass => {
    const year = yearContaining(date);
    if (year) {
      if (isWeekend(date)) return { kind: 'WEEKEND', year };
      const label = closures.get(date);
      if (label !== undefined) {
        const around = breakDays.get(date);
        if (around) return { kind: 'CLOSURE', year, label, brk: around.brk };
      }
      return { kind: 'SCHOOL', year };
    }
    for (let k = 0; k + 1 < years.length; k++) {
      const after = years[k];
      const before = years[k + 1];
      // Only a gap of a summer's length between two listed years is summer; a missing year
      // in between leaves the days unknown.
      if (
        after &&
        before &&
        after.lastDay < date &&
        date < before.firstDay &&
        daysBetween(after.lastDay, before.firstDay) <= MAX_SUMMER_DAYS
      ) {
        return { kind: 'SUMMER', after, before };
      }
    }
    return { kind: 'MISSING' };
  };

  return {
    classify,
    breakAround: (date) => breakDays.get(date) ?? null,
    yearContaining,
    nextYearAfter,
  };
}

function nextWeekday(date: IsoDate): IsoDate {
  let d = addDays(date, 1);
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** Whether a day next to or inside a break is paused under an edge-weekend reading. */
export function edgeIncluded(
  position: 'INSIDE' | 'LEADING' | 'TRAILING',
  edges: EdgeWeekends,
): boolean {
  if (position === 'INSIDE') return true;
  if (edges === 'BOTH') return true;
  return edges === 'TRAILING' && position === 'TRAILING';
}

/** A calendar model that stands in for the days a district's calendar does not cover. */
export interface ProvisionalModel extends CalendarModel {
  /** The days it had to stand in for, in the order first asked. */
  filled(): readonly IsoDate[];
}

/** Covers every day: a stand-in year, never "containing" a date for end-of-year rules. */
const STAND_IN_YEAR: SchoolYear = {
  firstDay: '0000-01-01',
  lastDay: '9999-12-31',
  nonSchoolDays: [],
};

/**
 * The district's calendar where it has the day, and otherwise weekdays less public holidays
 * (the provisional rule): a missing weekday that is a public holiday is a one-day
 * closure, any other missing weekday a school day. Summer and the district's own breaks are
 * unknown there, so nothing is skipped for them; end-of-year rules still need the real
 * calendar (yearContaining is the district's own).
 */
export function provisionalModel(
  model: CalendarModel,
  holiday: (date: IsoDate) => { name: string } | undefined,
): ProvisionalModel {
  const filled: IsoDate[] = [];
  const seen = new Set<IsoDate>();
  const note = (date: IsoDate) => {
    if (seen.has(date)) return;
    seen.add(date);
    filled.push(date);
  };
  const oneDayBreak = (date: IsoDate, label: string): Break => ({
    start: date,
    end: date,
    schoolDays: 1,
    label,
    leading: [],
    trailing: [],
  });
  const classify = (date: IsoDate): DayClass => {
    const real = model.classify(date);
    if (real.kind !== 'MISSING') return real;
    note(date);
    if (isWeekend(date)) return { kind: 'WEEKEND', year: STAND_IN_YEAR };
    const h = holiday(date);
    if (h) {
      const label = `public holiday (${h.name}), no school calendar`;
      return { kind: 'CLOSURE', year: STAND_IN_YEAR, label, brk: oneDayBreak(date, label) };
    }
    return { kind: 'SCHOOL', year: STAND_IN_YEAR };
  };
  return {
    classify,
    breakAround: (date) => {
      const real = model.breakAround(date);
      if (real || model.classify(date).kind !== 'MISSING') return real;
      const day = classify(date);
      return day.kind === 'CLOSURE' ? { brk: day.brk, position: 'INSIDE' } : null;
    },
    yearContaining: model.yearContaining,
    nextYearAfter: model.nextYearAfter,
    filled: () => filled,
  };
}

/** The school year a day belongs to, as districts name it: July–June, e.g. "2026-27". */
export function schoolYearName(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return yearName(month >= 7 ? year : year - 1);
}

function yearName(start: number): string {
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The school year a calendar lacks for a day it does not cover. Usually the day's own
 * (July–June); but a day in June after a known year's last day (or in August before its
 * first) belongs to the summer next to that year, and what is missing is the year after (or
 * before) it.
 */
export function missingYearName(date: IsoDate, calendar: SchoolCalendar | undefined): string {
  const name = schoolYearName(date);
  const known = calendar?.years.find((y) => schoolYearName(y.firstDay) === name);
  if (!known) return name;
  const start = Number(known.firstDay.slice(0, 4));
  return date < known.firstDay ? yearName(start - 1) : yearName(start + 1);
}
