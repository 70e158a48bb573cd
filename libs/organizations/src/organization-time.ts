import type { DataScope } from '@onrecord/platform/database';
import { notFound } from '@onrecord/platform/errors';
import { todayIn } from '@onrecord/platform/text';
import { Organization } from './organization.entity';

/**
 * The organization's time zone: where its own dates (a case opened, a commitment due, a day
 * with no district to count in) are read, not the server's.
 */
export async function organizationTimeZone(scope: DataScope): Promise<string> {
  const organization = await scope.manager.findOne(Organization, {
    where: { id: scope.organizationId },
    select: { id: true, timeZone: true },
  });
  if (!organization) throw notFound('Organization');
  return organization.timeZone;
}

/** Today (YYYY-MM-DD) in the organization's time zone. */
export async function organizationToday(scope: DataScope): Promise<string> {
  return todayIn(await organizationTimeZone(scope));
}
