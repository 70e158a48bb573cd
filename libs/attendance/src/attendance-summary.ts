import { AttendanceStatus } from './attendance-status';
import { labelKey } from './built-in-triggers';
import { Weekday } from './weekday';

/**
 * The arithmetic of an attendance summary, apart from the database so it can be checked by
 * hand (attendance-summary.spec.ts). Its input is the entered school days of one student.
 */

/** A school day as the summary needs it. */
export interface SummaryDay {
  date: string;
  status: AttendanceStatus;
  periodsMissed: number[];
  triggers: string[];
}

export interface SummarySupport {
  id: string;
  startedOn: string;
  endedOn: string | null;
}

/**
 * A rate over some entered days; null when there are none (nothing to rate). With it, the
 * days missed whole and in part, so a family can be told "6 of 9 missed" in plain numbers.
 */
export interface Rate {
  enteredDays: number;
  rate: number | null;
  /** Entered days with no class attended: ABSENT or IN_BUILDING_NOT_IN_CLASS. */
  missedDays: number;
  /** PARTIAL entered days. */
  partialDays: number;
}

/** No class attended that day: what a family calls a day missed. */
export const isMissedDay = (day: SummaryDay): boolean =>
  day.status === AttendanceStatus.ABSENT ||
  day.status === AttendanceStatus.IN_BUILDING_NOT_IN_CLASS;

export const WEEKDAYS: readonly Weekday[] = Object.values(Weekday);

/**
 * The schema has no periods-per-day for a school, so the share of a PARTIAL day is taken
 * over a typical secondary-school day unless the caller says otherwise.
 */
export const DEFAULT_PERIODS_PER_DAY = 7;

/** A PARTIAL day recorded with an arrival time only: we know part was missed, not how much. */
export const PARTIAL_DAY_WITHOUT_PERIODS = 0.5;

export const TOP_TRIGGERS = 10;

/** Said beside every rate in the schema, so whoever reads a number knows what it counts. */
export const RATE_FORMULA =
  'Attendance rate = (FULL days + TARDY days + each PARTIAL day weighted by the share of ' +
  'periods attended, (periodsPerDay − periods missed) / periodsPerDay, or 0.5 when only an ' +
  'arrival time was given) / entered school days. ABSENT and IN_BUILDING_NOT_IN_CLASS count 0. ' +
  'From 0 to 1; null when no school day was entered.';

/** How much of a day counts as attended, from 0 to 1 (see RATE_FORMULA). */
export function attendedShare(day: SummaryDay, periodsPerDay: number): number {
  switch (day.status) {
    case AttendanceStatus.FULL:
    case AttendanceStatus.TARDY:
      return 1;
    case AttendanceStatus.PARTIAL: {
      const missed = new Set(day.periodsMissed).size;
      if (missed === 0) return PARTIAL_DAY_WITHOUT_PERIODS;
      return Math.max(0, periodsPerDay - missed) / periodsPerDay;
    }
    case AttendanceStatus.ABSENT:
    case AttendanceStatus.IN_BUILDING_NOT_IN_CLASS:
      return 0;
  }
}

export function rateOf(days: readonly SummaryDay[], periodsPerDay: number): Rate {
  if (days.length === 0) return { enteredDays: 0, rate: null, missedDays: 0, partialDays: 0 };
  const attended = days.reduce((sum, day) => sum + attendedShare(day, periodsPerDay), 0);
  return {
    enteredDays: days.length,
    rate: attended / days.length,
    missedDays: days.filter(isMissedDay).length,
    partialDays: days.filter((day) => day.status === AttendanceStatus.PARTIAL).length,
  };
}

const utc = (date: string): Date => new Date(`${date}T00:00:00Z`);

/** 0 for Monday … 6 for Sunday (ISO order). */
export const isoWeekdayIndex = (date: string): number => (utc(date).getUTCDay() + 6) % 7;

/** The Monday of the ISO week a date falls in. */
export function weekStartOf(date: string): string {
  const day = utc(date);
  day.setUTCDate(day.getUTCDate() - isoWeekdayIndex(date));
  return day.toISOString().slice(0, 10);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

export interface WeekRate {
  weekStart: string;
  schoolDaysEntered: number;
  rate: number | null;
  missedDays: number;
  partialDays: number;
}

/** Weeks with at least one entered day, oldest first. */
export function weeklyRates(days: readonly SummaryDay[], periodsPerDay: number): WeekRate[] {
  return [...groupBy(days, (day) => weekStartOf(day.date))]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([weekStart, week]) => {
      const { enteredDays, ...rest } = rateOf(week, periodsPerDay);
      return { weekStart, schoolDaysEntered: enteredDays, ...rest };
    });
}

/** Monday to Friday, always all five (a weekday with no entry has a null rate). */
export function weekdayRates(
  days: readonly SummaryDay[],
  periodsPerDay: number,
): Array<{ weekday: Weekday } & Rate> {
  return WEEKDAYS.map((weekday, index) => ({
    weekday,
    ...rateOf(
      days.filter((day) => isoWeekdayIndex(day.date) === index),
      periodsPerDay,
    ),
  }));
}

/** How many entered days missed each period, for periods 1 to max(periodsPerDay, highest seen). */
export function missedByPeriod(
  days: readonly SummaryDay[],
  periodsPerDay: number,
): Array<{ period: number; missed: number }> {
  const counts = new Map<number, number>();
  for (const day of days) {
    for (const period of new Set(day.periodsMissed)) {
      counts.set(period, (counts.get(period) ?? 0) + 1);
    }
  }
  const last = Math.max(periodsPerDay, ...counts.keys());
  return Array.from({ length: last }, (_, i) => ({
    period: i + 1,
    missed: counts.get(i + 1) ?? 0,
  }));
}

/**
 * The most frequent triggers, most days first, then by label. A label counts once per day;
 * labels differing only in case count together, shown as first seen.
 */
export function topTriggers(
  days: readonly SummaryDay[],
  limit = TOP_TRIGGERS,
): Array<{ label: string; count: number }> {
  const counts = new Map<string, { label: string; count: number }>();
  for (const day of days) {
    const seen = new Set<string>();
    for (const label of day.triggers) {
      const key = labelKey(label);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { label, count: 0 };
      entry.count += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, limit);
}

export function totalsByStatus(
  days: readonly SummaryDay[],
): Array<{ status: AttendanceStatus; days: number }> {
  return Object.values(AttendanceStatus).map((status) => ({
    status,
    days: days.filter((day) => day.status === status).length,
  }));
}

/**
 * "Attendance before vs after each support started": the rate over the entered days before
 * the support started, and over those from its start while it was in place (to its end,
 * inclusive, or open-ended). `change` is after − before, when both exist.
 */
export function supportComparison(
  days: readonly SummaryDay[],
  support: SummarySupport,
  periodsPerDay: number,
): { before: Rate; after: Rate; change: number | null } {
  const before = rateOf(
    days.filter((day) => day.date < support.startedOn),
    periodsPerDay,
  );
  const after = rateOf(
    days.filter(
      (day) =>
        day.date >= support.startedOn && (support.endedOn === null || day.date <= support.endedOn),
    ),
    periodsPerDay,
  );
  const change = before.rate !== null && after.rate !== null ? after.rate - before.rate : null;
  return { before, after, change };
}
