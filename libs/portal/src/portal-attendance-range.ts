import { badUserInput } from '@onrecord/platform/errors';

/** The longest stretch of attendance one request may read (a school year and a bit). */
export const MAX_ATTENDANCE_DAYS = 400;

/** Refuses a range that runs backwards or is longer than MAX_ATTENDANCE_DAYS, naming `to`. */
export function checkAttendanceRange(range: { from: string; to: string }): void {
  if (range.to < range.from)
    throw badUserInput([{ field: 'to', message: `must not be before from (${range.from})` }]);
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  if (days > MAX_ATTENDANCE_DAYS)
    throw badUserInput([
      { field: 'to', message: `must be at most ${MAX_ATTENDANCE_DAYS} days after from` },
    ]);
}
