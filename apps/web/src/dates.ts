/** Dates through Intl, in the interface's language. */

/** "Fri, Nov 14, 2025" for a YYYY-MM-DD day (read as a calendar day, no time zone shift). */
export function formatDay(day: string, language: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "Dec 4, 2026, 9:30 AM" in the interface's language and the browser's zone. */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Whole calendar days from `day` to today (positive: in the past). */
export function daysSince(day: string, today = new Date()): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const then = Date.UTC(y, m - 1, d);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((now - then) / 86_400_000);
}

/** YYYY-MM-DD of today plus `days`, in the browser's calendar. */
export function dayFromToday(days: number, today = new Date()): string {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Today in a time zone (a district's): the day a school is living, which its deadlines and
 * "not in the future" are counted by; the browser's day without one.
 */
export function todayIn(timeZone: string | null | undefined): string {
  if (!timeZone) return dayFromToday(0);
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

/** "2:05 PM" (or "14:05") in the interface's language and the browser's zone. */
export function formatClock(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(new Date(iso));
}

/**
 * How long ago an instant was, in the interface's language: "40 seconds ago", "12 minutes
 * ago", "3 hours ago", "yesterday" ("hace 12 minutos", "ayer"). An instant ahead of `now` (a
 * clock a little behind the server's) is "now".
 */
export function timeAgo(iso: string, language: string, now = new Date()): string {
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / 1000));
  if (seconds < 60) return format.format(-seconds, 'second');
  if (seconds < 3600) return format.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return format.format(-Math.floor(seconds / 3600), 'hour');
  return format.format(-Math.floor(seconds / 86_400), 'day');
}
