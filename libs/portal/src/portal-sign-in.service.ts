import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { isEmail } from 'class-validator';
import { hashToken } from '@onrecord/accounts';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import {
  CrossOrganizationAccess,
  type DataScope,
  isUuid,
  type CrossOrganizationScope,
} from '@onrecord/platform/database';
import { type PortalPrincipal } from '@onrecord/platform/request';
import {
  TooManyRequests,
  badUserInput,
  notFound,
  unauthenticated,
} from '@onrecord/platform/errors';
import { MailService } from '@onrecord/platform/mail';
import { PortalLinkThrottle } from './portal-link-throttle';
import { auditPortalSession } from './portal-audit';
import { PORTAL_SESSION_PREFIX } from './portal-session.credential';
import { renderPortalSignInLink } from './portal-messages';
import { messageLanguage } from '@onrecord/words';

/** A sign-in link works once, for this long (the "at most 15 minutes"). */
export const PORTAL_LINK_MINUTES = 15;
/** A portal session lasts this long; then the guardian asks for a new link. */
export const PORTAL_SESSION_HOURS = 12;
/** Every sign-in link's secret starts with it: "OnRecord link". */
export const PORTAL_LINK_PREFIX = 'orl_';

export const LINK_SENT =
  'If this address has access to a family portal, a sign-in link is on its way. It works once, for 15 minutes.';

export interface PortalOrganizationRow {
  id: string;
  name: string;
}

/**
 * Signing guardians in to the family portal by magic link, and their sessions' organization
 * switch and sign-out (the guard's per-request lookup is PortalSessionCredential). Everything here
 * happens before or beside the organization, so it goes through the named cross-organization
 * path: by the address (asking for a link, listing where it has access) or by a link's hash.
 */
@Injectable()
export class PortalSignInService {
  private readonly logger = new Logger(PortalSignInService.name);

  constructor(
    private readonly crossOrganization: CrossOrganizationAccess,
    private readonly mail: MailService,
    private readonly throttle: PortalLinkThrottle,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Emails a sign-in link when the address has live portal access somewhere. The answer is
   * the same either way, and the email goes out after the answer, so neither its words nor
   * its timing tell whether the address is known.
   */
  async requestLink(rawEmail: string, address: string, requestId?: string): Promise<string> {
    const email = rawEmail.trim().toLowerCase();
    if (!isEmail(email))
      throw badUserInput([
        { field: 'email', message: 'must be an email address such as name@example.org' },
      ]);
    const wait = await this.throttle.take(email, address);
    if (wait > 0) {
      throw new TooManyRequests(
        `Too many sign-in links were asked for. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        wait,
      );
    }
    const secret = `${PORTAL_LINK_PREFIX}${randomBytes(32).toString('base64url')}`;
    const link = await this.crossOrganization.run(
      'portal-sign-in',
      { lookup: { portalEmail: email } },
      requestId,
      async (scope) => {
        const organizations = await organizationsOf(scope, email);
        if (organizations.length === 0) return null;
        const [{ language }] = (await scope.manager.query(
          `SELECT coalesce(min(g.preferred_language), 'en') AS language
             FROM portal_access pa JOIN guardian g ON g.organization_id = pa.organization_id AND g.id = pa.guardian_id
            WHERE pa.email = $1 AND pa.revoked_at IS NULL`,
          [email],
        )) as Array<{ language: string }>;
        const now = new Date();
        await scope.manager.query(
          `INSERT INTO portal_sign_in_link (email, token_hash, created_at, expires_at)
           VALUES ($1, $2, $3, $4)`,
          [email, hashToken(secret), now, new Date(now.getTime() + PORTAL_LINK_MINUTES * 60_000)],
        );
        return { organizations, language: messageLanguage(language) };
      },
    );
    if (link) {
      const message = renderPortalSignInLink(
        {
          link: `${this.config.publicUrl}/portal/sign-in?token=${encodeURIComponent(secret)}`,
          minutesValid: PORTAL_LINK_MINUTES,
          organizationNames: link.organizations.map((o) => o.name),
        },
        link.language,
      );
      // Not awaited: the answer must not wait for (or reveal) the mail server. A link that
      // does not arrive is asked for again.
      void this.mail
        .send({ to: email, ...message, idempotencyKey: `portal-link:${hashToken(secret)}` })
        .catch((error: unknown) =>
          this.logger.error({ err: error, requestId }, 'portal sign-in link not sent'),
        );
    }
    return LINK_SENT;
  }

  /**
   * Trades a sign-in link's secret for a portal session, once: the link is marked used in
   * the same statement that checks it was not, so two tabs cannot both sign in with it.
   */
  async signIn(
    secret: string,
    organizationId: string | null,
    requestId?: string,
  ): Promise<{
    token: string;
    expiresAt: Date;
    organizationId: string;
    organizations: PortalOrganizationRow[];
  }> {
    const token = secret.trim();
    if (!token.startsWith(PORTAL_LINK_PREFIX) || token.length < 40)
      throw badUserInput([
        {
          field: 'token',
          message: 'is not a sign-in link token (copy the whole link from the email)',
        },
      ]);
    const tokenHash = hashToken(token);
    return this.crossOrganization.run(
      'portal-sign-in',
      { lookup: { portalLinkHash: tokenHash } },
      requestId,
      async (scope) => {
        const [link] = (await scope.manager.query(
          `SELECT email, expires_at, used_at FROM portal_sign_in_link WHERE token_hash = $1`,
          [tokenHash],
        )) as Array<{ email: string; expires_at: Date; used_at: Date | null }>;
        const problem = !link
          ? 'is not a sign-in link we sent; ask for a new one'
          : link.used_at
            ? 'was already used: each sign-in link works once; ask for a new one'
            : link.expires_at.getTime() <= Date.now()
              ? `has expired (links work for ${PORTAL_LINK_MINUTES} minutes); ask for a new one`
              : null;
        if (problem || !link) throw badUserInput([{ field: 'token', message: problem ?? '' }]);
        const [used] = (await scope.manager.query(
          `UPDATE portal_sign_in_link SET used_at = now()
            WHERE token_hash = $1 AND used_at IS NULL RETURNING id`,
          [tokenHash],
        )) as [Array<{ id: string }>, number];
        if (used.length === 0)
          throw badUserInput([
            {
              field: 'token',
              message: 'was already used: each sign-in link works once; ask for a new one',
            },
          ]);
        await scope.become({ lookup: { portalEmail: link.email } });
        const organizations = await organizationsOf(scope, link.email);
        const chosen = organizationId ?? organizations[0]?.id;
        if (!chosen || !organizations.some((o) => o.id === chosen)) {
          if (organizationId)
            throw badUserInput([
              {
                field: 'organizationId',
                message: 'is not an organization whose family portal you can use',
              },
            ]);
          throw unauthenticated('This address no longer has access to a family portal.');
        }
        const session = `${PORTAL_SESSION_PREFIX}${randomBytes(32).toString('base64url')}`;
        const expiresAt = new Date(Date.now() + PORTAL_SESSION_HOURS * 3_600_000);
        const [created] = (await scope.manager.query(
          `INSERT INTO portal_session (email, token_hash, organization_id, expires_at)
           VALUES ($1, $2, $3, $4) RETURNING id`,
          [link.email, hashToken(session), chosen, expiresAt],
        )) as Array<{ id: string }>;
        await markSignedIn(scope, link.email, chosen);
        await auditPortalSession(scope, {
          action: 'signInToPortal',
          organizationId: chosen,
          email: link.email,
          sessionId: created?.id ?? '',
          requestId,
        });
        return { token: session, expiresAt, organizationId: chosen, organizations };
      },
    );
  }

  /** Where this guardian's portal can look (for the session's organization switcher). */
  organizations(principal: PortalPrincipal, requestId?: string): Promise<PortalOrganizationRow[]> {
    return this.crossOrganization.run(
      'portal-session',
      { lookup: { portalEmail: principal.portal.email } },
      requestId,
      (scope) => organizationsOf(scope, principal.portal.email),
    );
  }

  /** Looks at another organization where the address has access; the token stays the same. */
  async switchOrganization(
    principal: PortalPrincipal,
    organizationId: string,
    requestId?: string,
  ): Promise<PortalOrganizationRow> {
    return this.crossOrganization.run(
      'portal-session',
      { lookup: { portalEmail: principal.portal.email } },
      requestId,
      async (scope) => {
        const organization = (await organizationsOf(scope, principal.portal.email)).find(
          (o) => o.id === organizationId,
        );
        if (!organization || !isUuid(organizationId)) throw notFound('Organization');
        await markSignedIn(scope, principal.portal.email, organizationId);
        await scope.manager.query(`UPDATE portal_session SET organization_id = $2 WHERE id = $1`, [
          principal.portal.sessionId,
          organizationId,
        ]);
        return organization;
      },
    );
  }

  async signOut(principal: PortalPrincipal, requestId?: string): Promise<void> {
    await this.crossOrganization.run(
      'portal-session',
      { lookup: { portalEmail: principal.portal.email } },
      requestId,
      async (scope) => {
        await scope.manager.query(`UPDATE portal_session SET signed_out_at = now() WHERE id = $1`, [
          principal.portal.sessionId,
        ]);
        await auditPortalSession(scope, {
          action: 'signOutOfPortal',
          organizationId: principal.organizationId,
          email: principal.portal.email,
          sessionId: principal.portal.sessionId,
          requestId,
        });
      },
    );
  }
}

/** The organizations where the address has live access, by name (lookup by address set). */
async function organizationsOf(scope: DataScope, email: string): Promise<PortalOrganizationRow[]> {
  return (await scope.manager.query(
    `SELECT o.id, o.name FROM organization o
      WHERE o.id IN (SELECT organization_id FROM portal_access WHERE email = $1 AND revoked_at IS NULL)
      ORDER BY o.name, o.id`,
    [email],
  )) as PortalOrganizationRow[];
}

/**
 * When the guardian last opened this organization's portal, for its advocates to see. Written
 * as the organization (its own rows only); bookkeeping, not a change anyone made: no audit.
 */
async function markSignedIn(
  scope: CrossOrganizationScope,
  email: string,
  organizationId: string,
): Promise<void> {
  await scope.become({ organizationId });
  await scope.manager.query(
    `UPDATE portal_access SET last_signed_in_at = now()
      WHERE organization_id = app_current_organization() AND email = $1 AND revoked_at IS NULL`,
    [email],
  );
}
