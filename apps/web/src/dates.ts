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
