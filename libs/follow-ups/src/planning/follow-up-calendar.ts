import {
  addDays,
  calendarModel,
  dateHolidaysSource,
  dayOfWeek,
  daysBetween,
  localDate,
  normalizeJurisdiction,
  zoneOffsetMs,
  type IsoDate,
  type SchoolCalendar,
} from '@onrecord/deadlines';

/**
 * The date arithmetic of follow-ups: which days count, and when a message may go out in the
 * organization's sending window (PRODUCT.md "Follow-up policy"), in the district's local time.
 * Pure functions; the planner calls them in tight loops, so they reuse the deadlines lib's
 * cached formatters, holiday tables and calendar models and memoize local-time instants.
 */

/** Which days messages may go out on. */
export type SendingDays = 'SCHOOL_DAYS' | 'WEEKDAYS' | 'EVERY_DAY';

/** The organization's sending window, in the district's local time. */
export interface SendingWindow {
  /** 'HH:MM' 24-hour, inclusive. */
  start: string;
  /** 'HH:MM', exclusive; '24:00' means the end of the day. Must be after start. */
  end: string;
  days: SendingDays;
}

/** Where a follow-up's days are counted: the district of the case (or the organization's zone). */
export interface FollowUpPlace {
  timeZone: string;
  /** Two-letter state of the district, or null (federal holidays only). */
  jurisdiction: string | null;
  calendar: SchoolCalendar;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Ten years of days: a count that walks further than this has a broken calendar or input. */
const MAX_STEPS = 3660;
/** How far ahead nextSendingTime looks for a sending day before it gives up. */
const MAX_DAYS_AHEAD = 400;

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since local midnight of an 'HH:MM' time ('24:00' = 1440), or null when malformed. */
function minutesOf(time: string, allowEndOfDay: boolean): number | null {
  if (allowEndOfDay && time === '24:00') return 1440;
  const match = HH_MM.exec(time);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

// Same bounded-memo pattern as the deadlines lib: the planner asks for the same few days'
// window edges over and over, and each fresh answer costs several Intl calls.
const MEMO_LIMIT = 20_000;
const localTimeMemo = new Map<string, number>();

/** atLocalTime as epoch milliseconds, without allocating a Date. */
function localTimeMs(date: IsoDate, time: string, timeZone: string): number {
  const key = `${timeZone} ${date} ${time}`;
  const hit = localTimeMemo.get(key);
  if (hit !== undefined) return hit;
  const minutes = minutesOf(time, true);
  if (minutes === null) throw new Error(`not an HH:MM time (00:00–24:00): ${time}`);
  // The wall-clock time read as if it were UTC; daysBetween also rejects a malformed date.
  const wall = daysBetween('1970-01-01', date) * DAY_MS + minutes * MINUTE_MS;
  const ms = instantOfWallClock(wall, timeZone);
  if (localTimeMemo.size >= MEMO_LIMIT) localTimeMemo.clear();
  localTimeMemo.set(key, ms);
  return ms;
}

/**
 * The instant whose wall clock in the zone reads `wall`. Offsets a day either side bracket any
 * single daylight-saving change near it: a wall time that exists under one of them is the
 * answer; one that exists under both (the repeated hour in the fall) takes the earlier
 * instant; one that exists under neither (the skipped hour in the spring) takes the change
 * itself, the first valid instant after.
 */
function instantOfWallClock(wall: number, timeZone: string): number {
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  // A larger offset means an earlier instant for the same wall time: try it first.
  const high = Math.max(before, after);
  const low = Math.min(before, after);
  if (zoneOffsetMs(wall - high, timeZone) === high) return wall - high;
  if (low !== high && zoneOffsetMs(wall - low, timeZone) === low) return wall - low;
  return firstInstantAtOrAfter(wall, timeZone);
}

/**
 * In a gap: the first instant whose wall clock reads `wall` or later. UTC offsets lie within
 * -12h…+14h, so the answer is between wall - 15h and wall + 13h; bisect to the second (gaps are
 * rare and the result is memoized, so ~17 Intl calls here do not matter).
 */
function firstInstantAtOrAfter(wall: number, timeZone: string): number {
  const reaches = (ms: number) => ms + zoneOffsetMs(ms, timeZone) >= wall;
  let lo = wall - 15 * 3_600_000; // never reaches
  let hi = wall + 13 * 3_600_000; // always reaches
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The instant of a local wall-clock time on a local day ('HH:MM'; '24:00' = next day's start). Correct across DST changes: in the spring-forward gap take the first valid instant after. */
export function atLocalTime(date: IsoDate, time: string, timeZone: string): Date {
  return new Date(localTimeMs(date, time, timeZone));
}

/** A business day: Monday–Friday and not a federal or state public holiday (dateHolidaysSource, the jurisdiction or 'US'). */
export function isBusinessDay(date: IsoDate, place: FollowUpPlace): boolean {
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return false;
  const holidays = dateHolidaysSource.holidays(
    normalizeJurisdiction(place.jurisdiction),
    Number(date.slice(0, 4)),
  );
  return !holidays.has(date);
}

/** A school day by the district calendar (classify → SCHOOL). Where the calendar does not cover the date (MISSING), fall back to isBusinessDay — a follow-up must still go out when a district has not entered next year's calendar. SUMMER, CLOSURE, WEEKEND are not school days. */
export function isSchoolDay(date: IsoDate, place: FollowUpPlace): boolean {
  const kind = calendarModel(place.calendar).classify(date).kind;
  if (kind === 'SCHOOL') return true;
  if (kind === 'MISSING') return isBusinessDay(date, place);
  return false;
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`${what}: n must be a whole number >= 0, got ${n}`);
  }
}

/** Steps one day at a time in `direction` until `n` days pass `counts`; bounded by MAX_STEPS. */
function walk(
  date: IsoDate,
  n: number,
  direction: 1 | -1,
  counts: (d: IsoDate) => boolean,
  what: string,
): IsoDate {
  let day = date;
  let found = 0;
  for (let steps = 0; found < n; steps++) {
    if (steps >= MAX_STEPS) {
      throw new Error(`${what}: no ${n} such days within ${MAX_STEPS} days of ${date}`);
    }
    day = addDays(day, direction);
    if (counts(day)) found++;
  }
  return day;
}

/** The date n school days after `date` (n >= 1; day 1 is the first school day after `date`). n = 0 returns `date`. */
export function addSchoolDays(date: IsoDate, n: number, place: FollowUpPlace): IsoDate {
  checkCount(n, 'addSchoolDays');
  return walk(date, n, 1, (d) => isSchoolDay(d, place), 'addSchoolDays');
}

/** The date n business days before `date` (n >= 1; the first business day before `date` is 1). n = 0 returns `date`. */
export function subtractBusinessDays(date: IsoDate, n: number, place: FollowUpPlace): IsoDate {
  checkCount(n, 'subtractBusinessDays');
  return walk(date, n, -1, (d) => isBusinessDay(d, place), 'subtractBusinessDays');
}

/** Whether messages may go out on this local day under `days`. */
export function isSendingDay(date: IsoDate, days: SendingDays, place: FollowUpPlace): boolean {
  switch (days) {
    case 'EVERY_DAY':
      return true;
    case 'WEEKDAYS': {
      // Monday–Friday, holidays included: the organization chose weekdays, not business days.
      const dow = dayOfWeek(date);
      return dow !== 0 && dow !== 6;
    }
    case 'SCHOOL_DAYS':
      return isSchoolDay(date, place);
  }
}

/**
 * The window on one local day as instants [start, end). Instants rather than wall-clock
 * minutes so that inSendingWindow and nextSendingTime agree on DST days; a window that falls
 * wholly inside a spring-forward gap comes out empty (start == end).
 */
function windowOn(date: IsoDate, window: SendingWindow, timeZone: string): [number, number] {
  return [localTimeMs(date, window.start, timeZone), localTimeMs(date, window.end, timeZone)];
}

/** True when `at` falls inside the window (local day is a sending day and local time in [start, end)). */
export function inSendingWindow(at: Date, window: SendingWindow, place: FollowUpPlace): boolean {
  const day = localDate(at, place.timeZone);
  if (!isSendingDay(day, window.days, place)) return false;
  const [start, end] = windowOn(day, window, place.timeZone);
  const t = at.getTime();
  return start <= t && t < end;
}

/** The earliest instant >= `earliest` inside the window: `earliest` itself when it is inside; else the window's start on the next sending day (today's start if today is a sending day and it is before the start). Give up after 400 days and throw an Error naming the window (a window with no sending day at all must not loop forever). */
export function nextSendingTime(earliest: Date, window: SendingWindow, place: FollowUpPlace): Date {
  const t = earliest.getTime();
  const today = localDate(earliest, place.timeZone);
  for (let i = 0; i <= MAX_DAYS_AHEAD; i++) {
    const day = addDays(today, i);
    if (!isSendingDay(day, window.days, place)) continue;
    const [start, end] = windowOn(day, window, place.timeZone);
    if (t < end && start < end) return new Date(Math.max(t, start));
  }
  throw new Error(
    `No sending time in the window ${window.start}–${window.end} (${window.days}, ` +
      `${place.timeZone}) within ${MAX_DAYS_AHEAD} days after ${earliest.toISOString()}`,
  );
}

/** Problems with a window as {field, message} for an input form: start/end not 'HH:MM' (00:00–23:59, end may be 24:00), end not after start. Empty array when fine. Field names: 'sendingWindowStart', 'sendingWindowEnd'. */
export function sendingWindowProblems(
  start: string,
  end: string,
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const startMinutes = minutesOf(start, false);
  const endMinutes = minutesOf(end, true);
  if (startMinutes === null) {
    problems.push({
      field: 'sendingWindowStart',
      message: `The sending window's start must be a time from 00:00 to 23:59 as HH:MM (got "${start}").`,
    });
  }
  if (endMinutes === null) {
    problems.push({
      field: 'sendingWindowEnd',
      message: `The sending window's end must be a time from 00:00 to 24:00 as HH:MM (got "${end}").`,
    });
  }
  if (startMinutes !== null && endMinutes !== null && endMinutes <= startMinutes) {
    problems.push({
      field: 'sendingWindowEnd',
      message: `The sending window's end (${end}) must be after its start (${start}); a window cannot run past midnight — use 24:00 for the end of the day.`,
    });
  }
  return problems;
}
