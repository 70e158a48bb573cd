import type { DataScope } from '@onrecord/platform/database';
import { readsFamilyRecords } from './conversions';
import type { MemberRole } from './member-role';
import type { MeObject, OrganizationObject } from './organization.objects';

/**
 * Who am I: the user, each membership with its organization, oldest first. Every page asks
 * this, so it is one fixed statement naming only the columns the answer shows: the same text
 * each time, it is prepared once per connection, and no query builder rebuilds it per request.
 * Row-level security applies as to any statement of the scope.
 */
const ME = `
  SELECT u.id AS user_id, u.email, u.name AS user_name,
         m.id AS membership_id, m.role, m.reads_family_records,
         o.id AS organization_id, o.name AS organization_name, o.time_zone, o.home_state
    FROM app_user u
    LEFT JOIN membership m ON m.user_id = u.id
    LEFT JOIN organization o ON o.id = m.organization_id
   WHERE u.id = $1
   ORDER BY m.created_at, m.id`;

interface MeRow {
  user_id: string;
  email: string;
  user_name: string;
  membership_id: string | null;
  role: MemberRole;
  reads_family_records: boolean;
  organization_id: string;
  organization_name: string;
  time_zone: string;
  home_state: string;
}

/** The user's `me`, with `activeOrganizationId`'s organization as the active one; null if no such user. */
export async function readMe(
  scope: DataScope,
  userId: string,
  activeOrganizationId: string | null | undefined,
): Promise<MeObject | null> {
  const rows = (await scope.manager.query(ME, [userId])) as MeRow[];
  if (rows.length === 0) return null;
  const [first] = rows;
  const memberships = rows
    .filter((row) => row.membership_id !== null)
    .map((row) => ({
      id: row.membership_id as string,
      role: row.role,
      readsFamilyRecords: readsFamilyRecords(row.role, row.reads_family_records),
      organization: organizationOf(row),
    }));
  return {
    user: { id: first.user_id, email: first.email, name: first.user_name },
    memberships,
    activeOrganization:
      memberships.find((m) => m.organization.id === activeOrganizationId)?.organization ?? null,
  };
}

function organizationOf(row: MeRow): OrganizationObject {
  return {
    id: row.organization_id,
    name: row.organization_name,
    timeZone: row.time_zone,
    homeState: row.home_state,
  };
}
