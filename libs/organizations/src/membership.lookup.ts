import { Injectable } from '@nestjs/common';
import type { MembershipCheck, MembershipLookup } from '@onrecord/platform/auth';
import type { OpeningRead, OpeningRow } from '@onrecord/platform/database';

/**
 * Lets the access guard re-check the session and the membership on every request. A session
 * is a refresh token chain: open while one of its tokens is neither revoked nor expired.
 * Both are read in one statement, as the request's identity (row-level security applies).
 */
@Injectable()
export class OrganizationMembershipLookup implements MembershipLookup {
  async check(
    read: (statement: OpeningRead) => Promise<OpeningRow[]>,
    userId: string,
    sessionId: string,
    organizationId: string | undefined,
  ): Promise<MembershipCheck> {
    // Expiry by the api's clock, as when the token was issued.
    const now = new Date().toISOString();
    const [row] = await read(
      (literal) =>
        `SELECT EXISTS (
                  SELECT 1 FROM refresh_token
                   WHERE user_id = ${literal(userId)}::uuid AND family_id = ${literal(sessionId)}::uuid
                     AND revoked_at IS NULL AND expires_at > ${literal(now)}::timestamptz
                ) AS "sessionOpen",
                m.id, m.role, m.reads_family_records AS "readsFamilyRecords"
           FROM (SELECT 1) AS one
           LEFT JOIN membership m
             ON m.organization_id = ${organizationId === undefined ? 'NULL' : `${literal(organizationId)}::uuid`}
            AND m.user_id = ${literal(userId)}::uuid`,
    );
    return {
      sessionOpen: row?.['sessionOpen'] === true,
      membership:
        typeof row?.['id'] === 'string' && typeof row['role'] === 'string'
          ? {
              id: row['id'],
              role: row['role'],
              readsFamilyRecords: row['readsFamilyRecords'] === true,
            }
          : null,
    };
  }
}
