import { Injectable } from '@nestjs/common';
import { hashToken } from '@onrecord/accounts';
import { Credential, type AccessRule, type CredentialResolver } from '@onrecord/platform/auth';
import { CrossOrganizationAccess, type DataScope } from '@onrecord/platform/database';
import { type RequestContext } from '@onrecord/platform/request';
import { forbidden, unauthenticated } from '@onrecord/platform/errors';

/** Every portal session token starts with it: "OnRecord portal". */
export const PORTAL_SESSION_PREFIX = 'orp_';

/**
 * A guardian's portal session as a bearer token. It reaches portal operations and nothing
 * else, public ones included: whatever a portal client calls outside the portal is a mistake
 * to refuse. On every request: whose session is it (by its hash, across organizations), and
 * which guardians (so which families) does its address still reach in the session's
 * organization.
 */
@Credential()
@Injectable()
export class PortalSessionCredential implements CredentialResolver {
  readonly reaches: ReadonlyArray<AccessRule['kind']> = ['portal'];
  readonly refusal = 'A family portal session can only use the family portal.';
  readonly owns = { portal: 'Only guardians signed in to the family portal.' };

  constructor(private readonly crossOrganization: CrossOrganizationAccess) {}

  recognises(bearer: string): boolean {
    return bearer.startsWith(PORTAL_SESSION_PREFIX);
  }

  /**
   * The guardian behind a portal session: the session by its hash (across organizations),
   * then, in its organization, the guardians the address still has access as. Access revoked
   * since sign-in ends the session's reach at once.
   */
  async resolve(request: RequestContext, secret: string): Promise<void> {
    const session = await this.find(secret, request.requestId);
    if (!session)
      throw unauthenticated('Your portal session has ended: ask for a new sign-in link.');
    request.principal = { userId: '', organizationId: session.organizationId };
    const scope = await request.scope();
    const access = await this.access(scope, session.email);
    if (access.guardianIds.length === 0)
      throw forbidden("Your access to this organization's family portal was withdrawn.");
    request.principal.portal = { sessionId: session.id, email: session.email, ...access };
    // A guardian's changes name the guardian; with two rows for one address in the
    // organization (two families), the first stands for them in the audit log.
    scope.attribute({ actorUserId: null, actorGuardianId: access.guardianIds[0] ?? null });
  }

  /** A portal session reaches every portal operation: each shows only the caller's families. */
  authorise(): void {
    return;
  }

  /** The live session with this secret, or null. */
  private find(secret: string, requestId: string | undefined) {
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

  /** The guardians (and families) the address reaches here and now. */
  private async access(scope: DataScope, email: string) {
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
