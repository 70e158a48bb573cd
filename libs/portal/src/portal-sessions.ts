import { Injectable } from '@nestjs/common';
import { hashToken } from '@onrecord/accounts';
import type { PortalSessionLookup } from '@onrecord/platform/auth';
import { CrossOrganizationAccess, type DataScope } from '@onrecord/platform/database';

/**
 * What the access guard asks of the portal on every request with a portal session: whose
 * session is it (by its hash, across organizations), and which guardians (so which families)
 * does its address still reach in the session's organization.
 */
@Injectable()
export class PortalSessions implements PortalSessionLookup {
  constructor(private readonly crossOrganization: CrossOrganizationAccess) {}

  /** For the access guard: the live session with this secret, or null. */
  find(secret: string, requestId: string | undefined) {
    const tokenHash = hashToken(secret);
    return this.crossOrganization.run(
      'portal-session',
      { lookup: { portalSessionHash: tokenHash } },
      requestId,
      async (scope) => {
        const [session] = (await scope.manager.query(
          `SELECT id, email, organization_id AS "organizationId" FROM portal_session
            WHERE token_hash = $1 AND signed_out_at IS NULL AND expires_at > now()`,
          [tokenHash],
        )) as Array<{ id: string; email: string; organizationId: string }>;
        return session ?? null;
      },
    );
  }

  /** For the access guard: the guardians (and families) the address reaches here and now. */
  async access(scope: DataScope, email: string) {
    const rows = (await scope.manager.query(
      `SELECT pa.guardian_id, g.family_id
         FROM portal_access pa
         JOIN guardian g ON g.organization_id = pa.organization_id AND g.id = pa.guardian_id
        WHERE pa.organization_id = app_current_organization() AND pa.email = $1
          AND pa.revoked_at IS NULL AND g.archived_at IS NULL
        ORDER BY pa.created_at`,
      [email],
    )) as Array<{ guardian_id: string; family_id: string }>;
    return {
      guardianIds: rows.map((r) => r.guardian_id),
      familyIds: [...new Set(rows.map((r) => r.family_id))],
    };
  }
}
