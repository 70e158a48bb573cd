import { ExecutionContext, ForbiddenException, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { GraphQLResolveInfo } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { DataScopes } from '@onrecord/platform/database';
import { RequestContext, type AccessClaims } from '@onrecord/platform/request';
import { forbidden, unauthenticated } from '@onrecord/platform/errors';
import { ACCESS_RULE, API_KEY_SCOPE, AccessRule, memberAllowed } from './access.decorator';
import { API_KEY_LOOKUP, API_KEY_PREFIX, type ApiKeyLookup } from './api-key-lookup';
import { MEMBERSHIP_LOOKUP, type MembershipLookup } from './membership-lookup';
import {
  PORTAL_SESSION_LOOKUP,
  PORTAL_SESSION_PREFIX,
  type PortalSessionLookup,
} from './portal-session-lookup';

/**
 * The one gate of every GraphQL operation and HTTP route. Denies by default: one without
 * an access rule is refused. Otherwise it verifies the access token (passport-jwt) and, for
 * member operations, re-checks in the database that the user is still a member of the
 * token's organization with an allowed role.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(MEMBERSHIP_LOOKUP) private readonly memberships: MembershipLookup,
    @Inject(API_KEY_LOOKUP) private readonly apiKeys: ApiKeyLookup,
    @Inject(PORTAL_SESSION_LOOKUP) private readonly portalSessions: PortalSessionLookup,
    private readonly scopes: DataScopes,
  ) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    if (context.getType<string>() === 'http') return context.switchToHttp().getRequest<unknown>();
    return GqlExecutionContext.create(context).getContext<{ req: unknown }>().req;
  }

  override handleRequest<T>(error: unknown, claims: T): T {
    if (error || !claims)
      throw unauthenticated('Sign in again: your session is missing, invalid or has expired.');
    return claims;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    let request: RequestContext;
    if (context.getType<string>() === 'http') {
      // Deny by default, as for GraphQL: health and the explorer declare @Public; a route
      // with another rule (the report files) gets the same checks as GraphQL, its caller
      // on HttpRequest.
      if (!rule) {
        this.logger.error(
          `${context.getClass().name}.${context.getHandler().name} declares no access rule; refused`,
        );
        throw new ForbiddenException('This address is not open to you.');
      }
      // Health and the explorer: whatever credentials come along are not looked at.
      if (rule.kind === 'public') return true;
      const req = context.switchToHttp().getRequest<HttpRequest>();
      request = req.onrecord = new RequestContext(req, this.scopes);
      request.action = `${context.getClass().name}.${context.getHandler().name}`;
    } else if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      request = gql.getContext<{ request: RequestContext }>().request;
      const info = gql.getInfo<GraphQLResolveInfo>();
      if (info.parentType.name === 'Query' || info.parentType.name === 'Mutation') {
        request.operationType = info.operation.operation;
        if (request.action === 'unknown') request.action = info.fieldName;
      }
      if (!rule) {
        this.logger.error(
          `${info.parentType.name}.${info.fieldName} declares no access rule; refused`,
        );
        throw forbidden();
      }
    } else return true;
    const bearer = bearerToken(request);
    // A guardian's portal session reaches portal operations and nothing else, public ones
    // included: whatever a portal client calls outside the portal is a mistake to refuse.
    if (bearer?.startsWith(PORTAL_SESSION_PREFIX)) {
      if (rule.kind !== 'portal')
        throw forbidden('A family portal session can only use the family portal.');
      await this.portalCaller(request, bearer);
      return true;
    }
    if (rule.kind === 'portal') throw forbidden('Only guardians signed in to the family portal.');
    const apiKey = bearer?.startsWith(API_KEY_PREFIX) ? bearer : null;
    // A key is for reports only: sent with sign-in or sign-up it is a mistake (or a probe),
    // refused rather than ignored.
    if (rule.kind === 'public' && apiKey !== null)
      throw forbidden('An API key can only read reports.');
    if (rule.kind === 'public') return true;
    if (apiKey !== null) {
      // A reporting API key reaches only the operations that accept its scope.
      const scope = this.reflector.getAllAndOverride<string | undefined>(API_KEY_SCOPE, [
        context.getHandler(),
        context.getClass(),
      ]);
      if (!request.principal) {
        const key = await this.apiKeys.find(apiKey, request.requestId);
        if (!key) throw unauthenticated('This API key is unknown or was revoked.');
        request.principal = {
          userId: '',
          organizationId: key.organizationId,
          apiKey: { id: key.id, scopes: key.scopes },
        };
      }
      if (!scope || !request.principal.apiKey?.scopes.includes(scope))
        throw forbidden('An API key can only read reports.');
      return true;
    }
    if (!request.principal) {
      await super.canActivate(context);
      const claims = (request.req as { user?: AccessClaims }).user;
      if (!claims) throw unauthenticated();
      request.principal = { userId: claims.sub, organizationId: claims.org };
      if (
        !claims.sid ||
        !(await this.memberships.sessionIsOpen(await request.scope(), claims.sub, claims.sid))
      )
        throw unauthenticated('Your session has ended: sign in again.');
      if (claims.org) {
        const membership = await this.memberships.find(
          await request.scope(),
          claims.org,
          claims.sub,
        );
        if (!membership) throw forbidden('You are no longer a member of this organization.');
        request.principal.membership = membership;
      }
    }
    if (rule.kind === 'member') {
      const membership = request.principal.membership;
      if (!membership) throw forbidden('Choose an organization first.');
      if (!memberAllowed(rule, membership)) {
        const grant = rule.grant
          ? `, or ${rule.grant.role} with access to ${rule.grant.name} (an admin grants it)`
          : '';
        throw forbidden(
          `This needs the role ${rule.roles.join(' or ')}${grant}; you are ${membership.role}.`,
        );
      }
    }
    return true;
  }

  /**
   * The guardian behind a portal session: the session by its hash (across organizations),
   * then, in its organization, the guardians the address still has access as. Access revoked
   * since sign-in ends the session's reach at once.
   */
  private async portalCaller(request: RequestContext, secret: string): Promise<void> {
    if (request.principal) return;
    const session = await this.portalSessions.find(secret, request.requestId);
    if (!session)
      throw unauthenticated('Your portal session has ended: ask for a new sign-in link.');
    request.principal = { userId: '', organizationId: session.organizationId };
    const scope = await request.scope();
    const access = await this.portalSessions.access(scope, session.email);
    if (access.guardianIds.length === 0)
      throw forbidden("Your access to this organization's family portal was withdrawn.");
    request.principal.portal = { sessionId: session.id, email: session.email, ...access };
    // A guardian's changes name the guardian; with two rows for one address in the
    // organization (two families), the first stands for them in the audit log.
    scope.attribute({ actorUserId: null, actorGuardianId: access.guardianIds[0] ?? null });
  }
}

/** An HTTP request to a route with an access rule: the guard leaves its caller here. */
export type HttpRequest = IncomingMessage & { onrecord?: RequestContext };

/** The opaque bearer token (an access token, an API key or a portal session), else null. */
function bearerToken(request: RequestContext): string | null {
  const header = request.req.headers['authorization'];
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? null;
}
