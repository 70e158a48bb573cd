import type { ImportedSchoolCalendar } from '@onrecord/directory';
import type { DemoScenario } from './demo-scenarios';

/**
 * A demo that lives in today (issue 20): the fictional 2025-26 calendar and the scenarios'
 * dates, moved to the day the demo is seeded. Pure: `today` in, dates out.
 *
 * Dates move by whole weeks, so every weekday stays the weekday the scenario was written for
 * (a Monday request is still a Monday request, a Sunday due day still a Sunday).
 */

const DAY_MS = 86_400_000;
const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);
export const shiftDay = (day: string, days: number): string =>
  fromTime(toTime(day) + days * DAY_MS);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The fictional calendar's school year starts in 2025; each later one 52 weeks on. */
const BASE_START_YEAR = 2025;

export interface DemoSchoolYear {
  label: string;
  firstDay: string;
  lastDay: string;
  nonSchoolDays: Array<{ date: string; label: string }>;
}

/**
 * The school years around `today`: the previous one (the scenarios' older dates fall in it),
 * the current one — or, in summer, the one that starts next — and the next. Each is the
 * fictional calendar moved by 52 weeks a year (closures keep their weekdays; the first day
 * stays a Monday in mid-August).
 */
export function demoSchoolYears(base: ImportedSchoolCalendar, today: string): DemoSchoolYear[] {
  const years: DemoSchoolYear[] = [];
  const todayYear = Number(today.slice(0, 4));
  for (let start = todayYear - 2; start <= todayYear + 1; start++) {
    const shift = 364 * (start - BASE_START_YEAR);
    years.push({
      label: `${start}-${String((start + 1) % 100).padStart(2, '0')}`,
      firstDay: shiftDay(base.firstDay, shift),
      lastDay: shiftDay(base.lastDay, shift),
      nonSchoolDays: base.nonSchoolDays.map((d) => ({ ...d, date: shiftDay(d.date, shift) })),
    });
  }
  // The one in session (or next to start) and its neighbours.
  const current = years.findIndex((y) => y.lastDay >= today);
  return years.slice(Math.max(0, current - 1), current + 2);
}

/** The dates that record something already done (sent, received, opened, started). */
const PAST_KEYS = new Set(['sentOn', 'receivedOn', 'openedOn', 'startedOn']);

function collect(value: unknown, key: string, into: string[]): void {
  if (typeof value === 'string') {
    if (PAST_KEYS.has(key) && ISO_DAY.test(value)) into.push(value);
  } else if (Array.isArray(value)) for (const item of value) collect(item, key, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) collect(v, k, into);
}

/**
 * How many days (whole weeks) to move the scenarios so that the latest thing they record as
 * done lands in the last seven days up to `today`: requests sent recently, the older ones
 * overdue or answered, nothing done in the future.
 */
export function demoOffsetDays(scenarios: readonly DemoScenario[], today: string): number {
  const done: string[] = [];
  collect(scenarios, '', done);
  const latest = done.sort().at(-1) ?? today;
  return Math.floor((toTime(today) - toTime(latest)) / (7 * DAY_MS)) * 7;
}

/** The scenario with every date moved by `days` — except birthdays. */
export function movedBy<T>(value: T, days: number, key = ''): T {
  if (typeof value === 'string')
    return (ISO_DAY.test(value) && key !== 'dateOfBirth' ? shiftDay(value, days) : value) as T;
  if (Array.isArray(value)) return value.map((item) => movedBy(item, days, key)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, movedBy(v, days, k)])) as T;
  return value;
}

/**
 * What the attendance generator needs across the years: the first and last day (never after
 * today: no attendance is recorded ahead of time) and every day without school, the summers
 * between years included.
 */
export function attendanceCalendar(years: readonly DemoSchoolYear[], today: string) {
  const nonSchoolDays = new Set(years.flatMap((y) => y.nonSchoolDays.map((d) => d.date)));
  years.forEach((year, index) => {
    const before = years[index - 1];
    if (!before) return;
    for (let day = shiftDay(before.lastDay, 1); day < year.firstDay; day = shiftDay(day, 1))
      nonSchoolDays.add(day);
  });
  const lastDay = years.reduce((last, y) => (y.lastDay > last ? y.lastDay : last), '');
  return {
    firstDay: years.reduce((first, y) => (!first || y.firstDay < first ? y.firstDay : first), ''),
    lastDay: lastDay < today ? lastDay : today,
    nonSchoolDays,
  };
}
