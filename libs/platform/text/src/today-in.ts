/** One formatter per time zone: making one costs far more than formatting (bulk checks). */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date (YYYY-MM-DD) in a time zone, or the date of `now` there. */
export function todayIn(timeZone: string, now = new Date()): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for a time zone that does not exist, before anything is cached.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}
