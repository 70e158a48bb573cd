import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { passwordProblems, RefreshTokens, User, hashToken } from '@onrecord/accounts';
import { AccessTokens, LoginThrottle, PasswordHasher } from '@onrecord/platform/auth';
import {
  CrossOrganizationAccess,
  isUniqueViolation,
  type DataScope,
} from '@onrecord/platform/database';
import {
  badUserInput,
  conflict,
  forbidden,
  unauthenticated,
  type Principal,
} from '@onrecord/platform/graphql';
import { MemberRole } from './member-role';
import { Membership } from './membership.entity';
import { Organization } from './organization.entity';
import type { LogInInput, SignUpInput } from './organization.inputs';
import type { AuthPayload, MeObject } from './organization.objects';
import { normalizeEmail, toOrganization, toUser } from './conversions';

export const WRONG_CREDENTIALS = 'The email or the password is wrong.';

/** Sign-up, log-in, refresh, log-out, switching organization, and who am I. */
@Injectable()
export class SessionService {
  constructor(
    private readonly crossOrganization: CrossOrganizationAccess,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly refreshTokens: RefreshTokens,
    private readonly throttle: LoginThrottle,
  ) {}

  async signUp(input: SignUpInput, requestId?: string): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    assertPasswordAcceptable(input.password, email, input.name, 'password');
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.crossOrganization.run(
        'sign-up',
        { lookup: { loginEmail: email } },
        requestId,
        async (scope) => {
          if (await findUserByEmail(scope, email)) {
            throw conflict('An account with this email already exists. Sign in instead.');
          }
          const user = await scope.manager.save(
            scope.manager.create(User, { email, name: input.name.trim(), passwordHash }),
          );
          const organizationId = randomUUID();
          await scope.become({ userId: user.id, organizationId });
          const organization = await scope.manager.save(
            scope.manager.create(Organization, {
              id: organizationId,
              name: input.organization.name.trim(),
              timeZone: input.organization.timeZone,
              homeState: input.organization.homeState,
            }),
          );
          await scope.manager.save(
            scope.manager.create(Membership, {
              organizationId,
              userId: user.id,
              role: MemberRole.ADMIN,
            }),
          );
          return this.payload(scope, user, organization);
        },
      );
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_app_user_email')) {
        throw conflict('An account with this email already exists. Sign in instead.');
      }
      throw error;
    }
  }

  async logIn(input: LogInInput, clientAddress: string, requestId?: string): Promise<AuthPayload> {
    const email = normalizeEmail(input.email);
    const wait = await this.throttle.retryAfter(email, clientAddress);
    if (wait > 0) {
      throw new GraphQLError(
        `Too many failed sign-in attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
        {
          extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: wait },
        },
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
      return this.payload(scope, found, organization);
    });
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
        return {
          kind: 'rotated' as const,
          payload: await this.payload(scope, user, organization, result.familyId),
        };
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
    return this.payload(scope, user, organization);
  }

  async me(scope: DataScope, principal: Principal): Promise<MeObject> {
    const user = await scope.manager.findOneByOrFail(User, { id: principal.userId });
    const memberships = await membershipsOf(scope, principal.userId);
    const active =
      memberships.find((m) => m.organizationId === principal.organizationId)?.organization ?? null;
    return {
      user: toUser(user),
      memberships: memberships.map((m) => ({
        id: m.id,
        role: m.role,
        organization: toOrganization(m.organization),
      })),
      activeOrganization: active ? toOrganization(active) : null,
    };
  }

  /** Issues an access token and a refresh token (continuing `familyId` when rotating). */
  async payload(
    scope: DataScope,
    user: User,
    organization: Organization | null,
    familyId?: string,
  ): Promise<AuthPayload> {
    if (scope.identity.userId !== user.id) await scope.become({ userId: user.id });
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
