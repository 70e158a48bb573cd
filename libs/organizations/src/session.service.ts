import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import {
  TooManyRequests,
  badUserInput,
  forbidden,
  unauthenticated,
} from '@onrecord/platform/errors';
import { MailService } from '@onrecord/platform/mail';
import { isEmail } from 'class-validator';
import { passwordProblems, RefreshTokens, User, hashToken } from '@onrecord/accounts';
import { EntityNotFoundError } from 'typeorm';
import {
  AccessTokens,
  LoginThrottle,
  PasswordHasher,
  type RequestThrottle,
} from '@onrecord/platform/auth';
import {
  CrossOrganizationAccess,
  type DataScope,
  type CrossOrganizationScope,
} from '@onrecord/platform/database';
import type { Principal } from '@onrecord/platform/request';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import type { LogInInput } from './organization.inputs';
import type { AuthPayload, MeObject } from './organization.objects';
import { normalizeEmail, toOrganization, toUser } from './conversions';
import { readMe } from './me.query';

export const WRONG_CREDENTIALS = 'The email or the password is wrong.';

/** An emailed sign-in link works once, for this long. */
export const SIGN_IN_LINK_MINUTES = 15;
export const SIGN_IN_LINK_SENT =
  'If this email has an account, a sign-in link is on its way. It works once, for 15 minutes.';
/** Sign-in links per email and per client address in 15 minutes. */
export const SIGN_IN_LINKS = { perEmail: 5, perAddress: 30 };

/** Log-in, refresh, log-out, switching organization, and who am I. */
@Injectable()
export class SessionService {
  private readonly logger = new Logger(SessionService.name);
  private readonly linkThrottle: RequestThrottle;

  constructor(
    private readonly crossOrganization: CrossOrganizationAccess,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly refreshTokens: RefreshTokens,
    private readonly throttle: LoginThrottle,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.linkThrottle = throttle.requests('sign-in-link', SIGN_IN_LINKS);
  }

  async logIn(input: LogInInput, clientAddress: string, requestId?: string): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const wait = await this.throttle.retryAfter(email, clientAddress);
    if (wait > 0) {
      throw tooManyRequests(
        'Too many failed sign-in attempts. To sign in now, ask for a sign-in link by email (requestSignInLink).',
        wait,
      );
    }
    const found = await this.crossOrganization.run(
      'log-in',
      { lookup: { loginEmail: email } },
      requestId,
      (scope) => findUserByEmail(scope, email, true),
    );
    const valid = found
      ? await this.hasher.verify(found.passwordHash, input.password)
      : await this.hasher.verifyNothing(input.password);
    if (!found || !valid) {
      await this.throttle.recordFailure(email, clientAddress);
      throw unauthenticated(WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email);
    return this.crossOrganization.run('log-in', { userId: found.id }, requestId, async (scope) => {
      const memberships = await membershipsOf(scope, found.id);
      let organization: Organization | null = memberships[0]?.organization ?? null;
      if (input.organizationId) {
        organization =
          memberships.find((m) => m.organizationId === input.organizationId)?.organization ?? null;
        if (!organization) throw forbidden('You are not a member of that organization.');
      }
      const payload = await this.payload(scope, found, organization);
      await recordSignIn(scope, found.id, organization);
      return payload;
    });
  }

  /**
   * Emails a sign-in link to an account's owner: the way in while failed attempts (maybe
   * someone else's) make the password wait. The link carries a refresh token that works
   * once, for 15 minutes: `refreshSession` trades it for a session. The answer is the same
   * for any email and the mail goes out after it, so neither tells whether the account
   * exists; requests are counted per email and per client address either way.
   */
  async requestSignInLink(
    rawEmail: string,
    clientAddress: string,
    requestId?: string,
  ): Promise<string> {
    const email = normalizeEmail(rawEmail);
    if (!isEmail(email) || email.length > 254)
      throw badUserInput([
        { field: 'email', message: 'must be an email address such as name@example.org' },
      ]);
    const wait = await this.linkThrottle.take(email, clientAddress);
    if (wait > 0) throw tooManyRequests('Too many sign-in links were asked for.', wait);
    const link = await this.crossOrganization.run(
      'log-in',
      { lookup: { loginEmail: email } },
      requestId,
      async (scope) => {
        const user = await findUserByEmail(scope, email);
        if (!user) return null;
        await scope.become({ userId: user.id });
        const [first] = await membershipsOf(scope, user.id);
        const token = await this.refreshTokens.issue(
          scope,
          user.id,
          first?.organizationId ?? null,
          undefined,
          SIGN_IN_LINK_MINUTES * 60_000,
        );
        return { token, name: user.name, to: user.email };
      },
    );
    if (link) {
      const url = `${this.config.publicUrl}/sign-in?token=${encodeURIComponent(link.token)}`;
      // Not awaited: the answer must not wait for (or reveal) the mail server.
      void this.mail
        .send({
          to: link.to,
          subject: 'Your OnRecord sign-in link',
          text: [
            `Hello ${link.name},`,
            '',
            `Someone (we hope you) asked to sign in to OnRecord with this email. This link signs you in; it works once, for ${SIGN_IN_LINK_MINUTES} minutes:`,
            '',
            url,
            '',
            'If it was not you, ignore this email: your password still works, and nobody can use the link without this mailbox.',
          ].join('\n'),
          idempotencyKey: `sign-in-link:${hashToken(link.token)}`,
        })
        .catch((error: unknown) =>
          this.logger.error({ err: error, requestId }, 'sign-in link not sent'),
        );
    }
    return SIGN_IN_LINK_SENT;
  }

  async refreshSession(refreshToken: string, requestId?: string): Promise<AuthPayload> {
    const outcome = await this.crossOrganization.run(
      'refresh-session',
      { lookup: { refreshTokenHash: hashToken(refreshToken) } },
      requestId,
      async (scope) => {
        const result = await this.refreshTokens.consume(scope, refreshToken);
        if (result.kind !== 'rotated') return result;
        const user = await scope.manager.findOneByOrFail(User, { id: result.userId });
        const memberships = await membershipsOf(scope, result.userId);
        const organization =
          memberships.find((m) => m.organizationId === result.activeOrganizationId)?.organization ??
          null;
        const payload = await this.payload(scope, user, organization, result.familyId);
        if (result.signInLink) await recordSignIn(scope, user.id, organization);
        return { kind: 'rotated' as const, payload };
      },
    );
    // Thrown after commit, so the revocation of a reused token's family is kept.
    if (outcome.kind === 'reused') {
      throw unauthenticated(
        'This session was ended because its refresh token was used twice. Sign in again.',
      );
    }
    if (outcome.kind === 'invalid')
      throw unauthenticated('This refresh token is unknown or has expired. Sign in again.');
    return outcome.payload;
  }

  /** Ends the session the refresh token belongs to. Answers the same for unknown tokens. */
  async logOut(refreshToken: string, requestId?: string): Promise<boolean> {
    await this.crossOrganization.run(
      'refresh-session',
      { lookup: { refreshTokenHash: hashToken(refreshToken) } },
      requestId,
      (scope) => this.refreshTokens.revokeChainOf(scope, refreshToken),
    );
    return true;
  }

  async switchOrganization(
    scope: DataScope,
    principal: Principal,
    organizationId: string,
  ): Promise<AuthPayload> {
    const memberships = await membershipsOf(scope, principal.userId);
    const organization = memberships.find((m) => m.organizationId === organizationId)?.organization;
    if (!organization) throw forbidden('You are not a member of that organization.');
    const user = await scope.manager.findOneByOrFail(User, { id: principal.userId });
    return this.issue(scope, user, organization);
  }

  async me(scope: DataScope, principal: Principal): Promise<MeObject> {
    const me = await readMe(scope, principal.userId, principal.organizationId);
    if (!me) throw new EntityNotFoundError(User, { id: principal.userId });
    return me;
  }

  /** Issues an access token and a refresh token (continuing `familyId` when rotating). */
  async payload(
    scope: CrossOrganizationScope,
    user: User,
    organization: Organization | null,
    familyId?: string,
  ): Promise<AuthPayload> {
    if (scope.identity.userId !== user.id) await scope.become({ userId: user.id });
    return this.issue(scope, user, organization, familyId);
  }

  /** As payload, in a scope that already acts as the user (theirs: switching organization). */
  private async issue(
    scope: DataScope,
    user: User,
    organization: Organization | null,
    familyId?: string,
  ): Promise<AuthPayload> {
    // The refresh token chain is the session the access token names (sid).
    const sessionId = familyId ?? randomUUID();
    const refreshToken = await this.refreshTokens.issue(
      scope,
      user.id,
      organization?.id ?? null,
      sessionId,
    );
    const access = this.accessTokens.issue({ sub: user.id, org: organization?.id, sid: sessionId });
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken,
      user: toUser(user),
      activeOrganization: organization ? toOrganization(organization) : null,
    };
  }
}

export function assertPasswordAcceptable(
  password: string,
  email: string,
  name: string | undefined,
  field: string,
): void {
  const problems = passwordProblems(password, { email, name });
  if (problems.length > 0) throw badUserInput(problems.map((message) => ({ field, message })));
}

export function findUserByEmail(
  scope: DataScope,
  email: string,
  withPassword = false,
): Promise<User | null> {
  const query = scope.manager
    .createQueryBuilder(User, 'u')
    .where('lower(u.email) = lower(:email)', { email });
  if (withPassword) query.addSelect('u.passwordHash');
  return query.getOne();
}

/**
 * Notes the member's sign-in to the organization, acting in it for that one statement (the
 * membership policies allow writes only there). Not an audited change: bookkeeping.
 */
async function recordSignIn(
  scope: CrossOrganizationScope,
  userId: string,
  organization: Organization | null,
): Promise<void> {
  if (!organization) return;
  const before = scope.identity.organizationId;
  await scope.become({ organizationId: organization.id });
  await scope.manager.query(
    `UPDATE membership SET last_signed_in_at = now() WHERE organization_id = $1 AND user_id = $2`,
    [organization.id, userId],
  );
  await scope.become({ organizationId: before });
}

export function membershipsOf(
  scope: DataScope,
  userId: string,
): Promise<Array<Membership & { organization: Organization }>> {
  return scope.manager.find(Membership, {
    where: { userId },
    relations: { organization: true },
    order: { createdAt: 'ASC', id: 'ASC' },
  }) as Promise<Array<Membership & { organization: Organization }>>;
}

export function tooManyRequests(message: string, waitSeconds: number): TooManyRequests {
  const wait =
    waitSeconds < 60 ? `${waitSeconds} second(s)` : `${Math.ceil(waitSeconds / 60)} minute(s)`;
  return new TooManyRequests(`${message} Try again in ${wait}.`, waitSeconds);
}
