import { localDate, zoneOffsetMs } from '@onrecord/deadlines';

/**
 * Instants and calendar dates in a named time zone (IANA, as the district's time zone is
 * stored), on the deadline engine's Intl arithmetic: the server's own time zone never matters.
 */

/** True when the runtime knows the zone ("America/Chicago"; not "Central Standard Time"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    localDate(new Date(0), timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date (YYYY-MM-DD) in `timeZone` at `instant` (milliseconds since the epoch). */
export function dateInZone(instant: number, timeZone: string): string {
  return localDate(new Date(instant), timeZone);
}

/**
 * The instant a wall-clock time (given as UTC fields in milliseconds) happens in `timeZone`.
 * Two passes settle the offset, daylight saving changes included.
 */
export function instantOfWallClock(wallMs: number, timeZone: string): number {
  let instant = wallMs;
  for (let pass = 0; pass < 2; pass++) instant = wallMs - zoneOffsetMs(instant, timeZone);
  return instant;
}
