/** The weeks the pattern page looks at, as calendar days (YYYY-MM-DD, read as UTC days). */

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const text = (date: Date) => date.toISOString().slice(0, 10);

/** `days` days after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + days);
  return text(date);
}

/** The Monday of the week `day` falls in (a Sunday belongs to the week before). */
export function mondayOf(day: string): string {
  return addDays(day, -((utc(day).getUTCDay() + 6) % 7));
}

/** The last `weeks` calendar weeks up to `today`: this week and the ones before it. */
export function patternRange(today: string, weeks: number): { from: string; to: string } {
  return { from: addDays(mondayOf(today), -7 * (weeks - 1)), to: today };
}

/** Every Monday from `from`'s week to `to`'s, oldest first: an empty week stays visible. */
export function mondays(from: string, to: string): string[] {
  const all: string[] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) all.push(monday);
  return all;
}
