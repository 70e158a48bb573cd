/** Today's date (YYYY-MM-DD) in a time zone, or the date of `now` there. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(now);
}
