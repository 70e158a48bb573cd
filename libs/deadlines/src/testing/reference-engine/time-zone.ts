// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import { addDays } from './dates';
import type { IsoDate } from '../../types';

/**
 * Time-zone arithmetic with Intl only. A deadline falls at the end of its day in the
 * district's time zone (PRODUCT.md "Deadlines"), so the instant depends on the zone's offset
 * on that day: around a daylight-saving change the offset differs from the day before.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone: better than a silently wrong instant.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(ms: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** The zone's offset from UTC at the instant `ms`, in milliseconds (east positive). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = wallClock(ms, timeZone);
  const asUtc = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The local calendar day of an instant in the zone. */
export function localDate(instant: Date, timeZone: string): IsoDate {
  const p = wallClock(instant.getTime(), timeZone);
  const pad = (n: number | undefined, w = 2) => String(n ?? 0).padStart(w, '0');
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The first instant of a local day (local midnight, or the first valid time after it). */
export function startOfDay(date: IsoDate, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  // Two passes: the offset at the guess may differ from the offset at the answer.
  let utc = wall - zoneOffsetMs(wall, timeZone);
  utc = wall - zoneOffsetMs(utc, timeZone);
  return new Date(utc);
}

const endOfDayMemo = new Map<string, number>();

/** The last millisecond of a local day: the next day's start minus 1 ms. */
export function endOfDay(date: IsoDate, timeZone: string): Date {
  const key = `${timeZone} ${date}`;
  let ms = endOfDayMemo.get(key);
  if (ms === undefined) {
    ms = startOfDay(addDays(date, 1), timeZone).getTime() - 1;
    if (endOfDayMemo.size >= 20_000) endOfDayMemo.clear();
    endOfDayMemo.set(key, ms);
  }
  return new Date(ms);
}
