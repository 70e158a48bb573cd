import type { IsoDate } from './types';

/**
 * Plain-date arithmetic. Days are `YYYY-MM-DD` strings at the engine's edges and integer day
 * numbers (days since 1970-01-01, UTC: no time zone can shift a calendar day) inside the
 * counting, where a step is `day + 1` rather than a parse and a format.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Days 1900-01-01 … 2199-12-31 convert through arithmetic and a table of formatted dates;
 * anything else (and anything malformed) goes the slow, exact way through Date, so both give
 * the same day numbers, strings and errors.
 */
const FAST_FIRST_YEAR = 1900;
const FAST_LAST_YEAR = 2199;
const FAST_FIRST_DAY = daysFromCivil(FAST_FIRST_YEAR, 1, 1);
const FAST_LAST_DAY = daysFromCivil(FAST_LAST_YEAR, 12, 31);
/** `YYYY-MM-DD` of each day in the fast range, formatted the first time it is asked for. */
const isoTable: IsoDate[] = new Array<IsoDate>(FAST_LAST_DAY - FAST_FIRST_DAY + 1).fill('');

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two decimal digits at `at`, or -1. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** Days since 1970-01-01. Throws on anything that is not a real `YYYY-MM-DD` date. */
export function toDayNumber(date: IsoDate): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const hi = twoDigits(date, 0);
    const lo = twoDigits(date, 2);
    const month = twoDigits(date, 5);
    const day = twoDigits(date, 8);
    const year = hi * 100 + lo;
    if (hi >= 0 && lo >= 0 && year >= FAST_FIRST_YEAR && year <= FAST_LAST_YEAR) {
      const days = month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
      if (day >= 1 && day <= days) return daysFromCivil(year, month, day);
    }
  }
  return parseDayNumber(date);
}

/** The exact (slow) parse: the fallback, and the source of the errors. */
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
  if (day >= FAST_FIRST_DAY && day <= FAST_LAST_DAY) {
    const i = day - FAST_FIRST_DAY;
    const hit = isoTable[i];
    if (hit) return hit;
    const date = formatDayNumber(day);
    isoTable[i] = date;
    return date;
  }
  return formatDayNumber(day);
}

function formatDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** `b - a` in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday, of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekendDay(day: number): boolean {
  const dow = weekdayOf(day);
  return dow === 0 || dow === 6;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOf(toDayNumber(date));
}

export function isWeekend(date: IsoDate): boolean {
  return isWeekendDay(toDayNumber(date));
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function weekdayName(date: IsoDate): string {
  return WEEKDAYS[dayOfWeek(date)] ?? '';
}

export function weekdayNameOf(day: number): string {
  return WEEKDAYS[weekdayOf(day)] ?? '';
}

/** ISO strings compare in date order. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
