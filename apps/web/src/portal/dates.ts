/** Dates for families: written out in full ("Monday, October 5"), in the page's language. */

function utcDay(day: string): Date {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "Monday, October 5, 2026" for a YYYY-MM-DD day, read as a calendar day. */
export function longDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDay(day));
}

/** "Monday, October 5, 2026, 9:30 AM" for an instant, in the browser's time zone. */
export function longDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(instant));
}

/** Today as YYYY-MM-DD in the browser's calendar (the family's own day). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `days` days before the YYYY-MM-DD `day`. */
export function daysBefore(day: string, days: number): string {
  const date = utcDay(day);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}
