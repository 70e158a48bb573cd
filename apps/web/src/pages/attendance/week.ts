/** The week grid's calendar arithmetic and its mapping of the api's field problems. Pure. */

const pad = (n: number) => String(n).padStart(2, '0');
const toDay = (date: Date) =>
  `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
const fromDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** `days` after the YYYY-MM-DD `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  const date = fromDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

/** The Monday of the week `day` is in (a Sunday belongs to the week before it). */
export function mondayOf(day: string): string {
  const weekday = fromDay(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Monday to Friday of the week starting on `monday`. */
export function schoolWeek(monday: string): string[] {
  return [0, 1, 2, 3, 4].map((n) => addDays(monday, n));
}

/** Whether `text` is a YYYY-MM-DD day. */
export const isDay = (text: string | null | undefined): text is string =>
  !!text && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(fromDay(text).getTime());

/**
 * The api's problems with a week (`days.2.arrivalTime`, `days.2.triggers.0`, `weekOf`), as
 * one message per day and field of the form (`arrivalTime`, `triggers`…), keyed by the
 * date the form sent at that index; anything not about a day comes back in `other`.
 */
export function weekProblems(
  fields: Record<string, string>,
  sentDates: readonly string[],
): { byDay: Record<string, Record<string, string>>; other: string[] } {
  const byDay: Record<string, Record<string, string>> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const match = /^(?:input\.)?days\.(\d+)\.([A-Za-z]+)/.exec(path);
    const date = match ? sentDates[Number(match[1])] : undefined;
    if (!match || !date) {
      other.push(message);
      continue;
    }
    const field = match[2] as string;
    const day = (byDay[date] ??= {});
    // Several problems on one field (two triggers, say) are all told.
    day[field] = day[field] ? `${day[field]}; ${message}` : message;
  }
  return { byDay, other };
}
