/**
 * Date arithmetic on calendar dates written YYYY-MM-DD. A school calendar is a list of local
 * dates, not instants: everything here works on the date as written, in UTC arithmetic, so
 * the server's time zone can never move a day.
 */

const DAY_MS = 24 * 3600 * 1000;

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

export function isWeekend(date: string): boolean {
  const weekday = new Date(toUtc(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Every weekday from `from` to `to`, both included, in order. */
export function weekdaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (!isWeekend(date)) days.push(date);
  }
  return days;
}

/** How many weekdays from `from` to `to`, both included, without listing them. */
export function countWeekdays(from: string, to: string): number {
  if (to < from) return 0;
  const span = Math.round((toUtc(to) - toUtc(from)) / DAY_MS) + 1;
  const weeks = Math.floor(span / 7);
  let count = weeks * 5;
  for (let date = addDays(from, weeks * 7); date <= to; date = addDays(date, 1)) {
    if (!isWeekend(date)) count++;
  }
  return count;
}

/** The usual label of the school year that starts on `firstDay`: 2025-08-18 → "2025-26". */
export function schoolYearLabel(firstDay: string): string {
  const year = Number(firstDay.slice(0, 4));
  return `${year}-${String((year + 1) % 100).padStart(2, '0')}`;
}
