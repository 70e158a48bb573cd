// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import type { IsoDate } from '../../types';

/**
 * Plain-date arithmetic on `YYYY-MM-DD` strings, through UTC day numbers (no time zone can
 * shift a calendar day here).
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Memo tables: counting walks the same few hundred days over and over, and parsing through
// Date costs more than the counting itself. Bounded, so a long-running process cannot grow them
// without limit.
const MEMO_LIMIT = 20_000;
const dayNumbers = new Map<IsoDate, number>();
const isoDates = new Map<number, IsoDate>();

/** Days since 1970-01-01. Throws on anything that is not a real `YYYY-MM-DD` date. */
export function toDayNumber(date: IsoDate): number {
  const hit = dayNumbers.get(date);
  if (hit !== undefined) return hit;
  const day = parseDayNumber(date);
  if (dayNumbers.size >= MEMO_LIMIT) dayNumbers.clear();
  dayNumbers.set(date, day);
  return day;
}

function parseDayNumber(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const day = ms / DAY_MS;
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new Error(`not a real date: ${date}`);
  return day;
}

export function fromDayNumber(day: number): IsoDate {
  const hit = isoDates.get(day);
  if (hit !== undefined) return hit;
  const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (isoDates.size >= MEMO_LIMIT) isoDates.clear();
  isoDates.set(day, date);
  return date;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `b - a` in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekdayName(date: IsoDate): string {
  return WEEKDAYS[dayOfWeek(date)] ?? '';
}

/** ISO strings compare in date order. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
