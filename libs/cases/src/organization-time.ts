import type { DataScope } from '@onrecord/platform/database';
import { todayIn } from '@onrecord/platform/text';

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export const dateIn = (timeZone: string, at: Date): string => todayIn(timeZone, at);

/**
 * The first instant of a calendar date in a time zone, for a status change recorded after
 * the fact ("we closed it on Friday"). PostgreSQL knows every zone's daylight-saving rules.
 */
export async function startOfDay(scope: DataScope, date: string, timeZone: string): Promise<Date> {
  const rows = (await scope.manager.query('SELECT ($1::date::timestamp AT TIME ZONE $2) AS at', [
    date,
    timeZone,
  ])) as Array<{ at: Date }>;
  return rows[0]?.at ?? new Date(`${date}T00:00:00Z`);
}
