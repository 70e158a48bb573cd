import { calendarModel, type Break, type CalendarModel, type DayClass } from './calendar';
import { fromDayNumber, toDayNumber } from './dates';
import type { SchoolCalendar } from './types';

/**
 * A district calendar read by day number: what `CalendarModel.classify` and `breakAround`
 * say of each day, remembered in arrays indexed by day so the counting walk reads a slot
 * instead of comparing date strings. One table per calendar object (a WeakMap, like the model
 * it reads); slots are filled the first time a day is asked for, so a calendar that is used
 * once costs no more than before.
 *
 * The answers are the model's own (the table only remembers them). Outside the calendar's
 * span (its earliest to its latest date) every day is MISSING: no year contains it and no
 * summer lies between two years there.
 */

export type BreakAround = { brk: Break; position: 'INSIDE' | 'LEADING' | 'TRAILING' };

export interface DayTable {
  model: CalendarModel;
  /** The days the table holds (day numbers, inclusive), or null when it reads the model. */
  span: { first: number; last: number } | null;
  classify(day: number): DayClass;
  breakAround(day: number): BreakAround | null;
  /**
   * School days in (from, to] from prefix counts, or undefined when the table cannot say:
   * the range leaves the span or has a missing day, or the counts are not built yet (they
   * are on the second question, as count plans are).
   */
  schoolDaysBetween(from: number, to: number): number | undefined;
}

/** A calendar spanning more than this many days is read through its model, day by day. */
const MAX_TABLE_DAYS = 60 * 366;

const MISSING: DayClass = { kind: 'MISSING' };

const tables = new WeakMap<SchoolCalendar, DayTable>();

const EMPTY: DayTable = {
  model: calendarModel(undefined),
  span: null,
  classify: () => MISSING,
  breakAround: () => null,
  schoolDaysBetween: () => undefined,
};

export function dayTable(calendar: SchoolCalendar | undefined): DayTable {
  if (!calendar) return EMPTY;
  const hit = tables.get(calendar);
  if (hit) return hit;
  const table = build(calendar, calendarModel(calendar));
  tables.set(calendar, table);
  return table;
}

function build(calendar: SchoolCalendar, model: CalendarModel): DayTable {
  const span = spanOf(calendar);
  if (!span) {
    // Dates the fast path cannot read, or a span too long to tabulate: ask the model each time.
    return {
      model,
      span: null,
      classify: (day) => model.classify(fromDayNumber(day)),
      breakAround: (day) => model.breakAround(fromDayNumber(day)),
      schoolDaysBetween: () => undefined,
    };
  }
  const { first, last } = span;
  const classes = new Array<DayClass | undefined>(last - first + 1).fill(undefined);
  // undefined: not asked yet; null: asked, no break around the day.
  const breaks = new Array<BreakAround | null | undefined>(last - first + 1).fill(undefined);
  // School and missing days in [first, first + i); built on the second question.
  let prefix: { school: Int32Array; missing: Int32Array } | 'ASKED_ONCE' | null = null;
  const classify = (day: number): DayClass => {
    if (day < first || day > last) return MISSING;
    const i = day - first;
    let c = classes[i];
    if (c === undefined) {
      c = model.classify(fromDayNumber(day));
      classes[i] = c;
    }
    return c;
  };
  const buildPrefix = () => {
    const n = last - first + 1;
    const school = new Int32Array(n + 1);
    const missing = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const kind = classify(first + i).kind;
      school[i + 1] = (school[i] ?? 0) + (kind === 'SCHOOL' ? 1 : 0);
      missing[i + 1] = (missing[i] ?? 0) + (kind === 'MISSING' ? 1 : 0);
    }
    return { school, missing };
  };
  return {
    model,
    span,
    classify,
    breakAround(day) {
      if (day < first || day > last) return null;
      const i = day - first;
      let b = breaks[i];
      if (b === undefined) {
        b = model.breakAround(fromDayNumber(day));
        breaks[i] = b;
      }
      return b;
    },
    schoolDaysBetween(from, to) {
      if (from < first || to > last || from >= to) return undefined;
      if (prefix === null) {
        prefix = 'ASKED_ONCE';
        return undefined;
      }
      if (prefix === 'ASKED_ONCE') prefix = buildPrefix();
      // Days (from, to] are the indexes [from + 1 - first, to + 1 - first).
      const a = from + 1 - first;
      const b = to + 1 - first;
      if ((prefix.missing[b] ?? 0) - (prefix.missing[a] ?? 0) > 0) return undefined;
      return (prefix.school[b] ?? 0) - (prefix.school[a] ?? 0);
    },
  };
}

/** The calendar's earliest and latest dates as day numbers, or null (unreadable, too long). */
function spanOf(calendar: SchoolCalendar): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  try {
    for (const year of calendar.years) {
      for (const date of [year.firstDay, year.lastDay]) {
        const day = toDayNumber(date);
        if (day < first) first = day;
        if (day > last) last = day;
      }
    }
  } catch {
    return null;
  }
  if (first > last) return { first: 0, last: -1 };
  return last - first < MAX_TABLE_DAYS ? { first, last } : null;
}
