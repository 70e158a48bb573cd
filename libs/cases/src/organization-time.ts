import { Organization } from '@onrecord/organizations';
import type { DataScope } from '@onrecord/platform/database';
import { notFound } from '@onrecord/platform/errors';
import { todayIn } from '@onrecord/platform/graphql';

/**
 * Case dates (opened, closed, status changes) are the organization's calendar dates: "today"
 * and "the day a status changed" are read in its time zone, not the server's.
 */
export async function organizationTimeZone(scope: DataScope): Promise<string> {
  const organizationId = scope.organizationId;
  const organization = await scope.manager.findOne(Organization, {
    where: { id: organizationId },
    select: { id: true, timeZone: true },
  });
  if (!organization) throw notFound('Organization');
  return organization.timeZone;
}

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
