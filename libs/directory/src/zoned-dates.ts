/**
 * Instants and calendar dates in a named time zone (IANA, as the district's time zone is
 * stored), with the runtime's Intl data: the server's own time zone never matters.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** True when the runtime knows the zone ("America/Chicago"; not "Central Standard Time"). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in `timeZone` at `instant` (milliseconds since the epoch), as UTC fields. */
function wallClockMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return Date.UTC(
    Number(parts['year']),
    Number(parts['month']) - 1,
    Number(parts['day']),
    Number(parts['hour']),
    Number(parts['minute']),
    Number(parts['second']),
  );
}

/** The calendar date (YYYY-MM-DD) in `timeZone` at `instant`. */
export function dateInZone(instant: number, timeZone: string): string {
  return new Date(wallClockMs(instant, timeZone)).toISOString().slice(0, 10);
}

/**
 * The instant a wall-clock time (given as UTC fields in milliseconds) happens in `timeZone`.
 * Two passes settle the offset, daylight saving changes included.
 */
export function instantOfWallClock(wallMs: number, timeZone: string): number {
  let instant = wallMs;
  for (let pass = 0; pass < 2; pass++) {
    instant = wallMs - (wallClockMs(instant, timeZone) - instant);
  }
  return instant;
}
