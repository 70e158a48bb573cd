import { Injectable } from '@nestjs/common';
import type { MembershipCheck, MembershipLookup } from '@onrecord/platform/auth';
import type { DataScope } from '@onrecord/platform/database';

/**
 * Lets the access guard re-check the session and the membership on every request. A session
 * is a refresh token chain: open while one of its tokens is neither revoked nor expired.
 * Both are read in one statement, as the request's identity (row-level security applies).
 */
@Injectable()
export class OrganizationMembershipLookup implements MembershipLookup {
  async check(
    scope: DataScope,
    userId: string,
    sessionId: string,
    organizationId: string | undefined,
  ): Promise<MembershipCheck> {
    const [row] = await scope.manager.query<
      Array<{
        sessionOpen: boolean;
        id: string | null;
        role: string | null;
        readsFamilyRecords: boolean | null;
      }>
    >(
      `SELECT EXISTS (
                SELECT 1 FROM refresh_token
                 WHERE user_id = $1 AND family_id = $2 AND revoked_at IS NULL AND expires_at > $3
              ) AS "sessionOpen",
              m.id, m.role, m.reads_family_records AS "readsFamilyRecords"
         FROM (SELECT 1) AS one
         LEFT JOIN membership m ON m.organization_id = $4 AND m.user_id = $1`,
      [userId, sessionId, new Date(), organizationId ?? null],
    );
    return {
      sessionOpen: row?.sessionOpen === true,
      membership:
        row?.id && row.role
          ? { id: row.id, role: row.role, readsFamilyRecords: row.readsFamilyRecords === true }
          : null,
    };
  }
}
