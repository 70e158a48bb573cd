import { ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { GraphQLResolveInfo } from 'graphql';
import {
  forbidden,
  unauthenticated,
  type AccessClaims,
  type RequestContext,
} from '@onrecord/platform/graphql';
import { ACCESS_RULE, API_KEY_SCOPE, AccessRule } from './access.decorator';
import { API_KEY_LOOKUP, API_KEY_PREFIX, type ApiKeyLookup } from './api-key-lookup';
import { MEMBERSHIP_LOOKUP, type MembershipLookup } from './membership-lookup';

/**
 * The one gate of every GraphQL operation. Denies by default: an operation without an
 * access rule is refused. Otherwise it verifies the access token (passport-jwt) and, for
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
  ) {
    super();
  }

  override getRequest(context: ExecutionContext) {
    return GqlExecutionContext.create(context).getContext<{ req: unknown }>().req;
  }

  override handleRequest<T>(error: unknown, claims: T): T {
    if (error || !claims)
      throw unauthenticated('Sign in again: your session is missing, invalid or has expired.');
    return claims;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true; // health and explorer routes
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<{ request: RequestContext }>().request;
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.parentType.name === 'Query' || info.parentType.name === 'Mutation') {
      request.operationType = info.operation.operation;
      if (request.action === 'unknown') request.action = info.fieldName;
    }
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      this.logger.error(
        `${info.parentType.name}.${info.fieldName} declares no access rule; refused`,
      );
      throw forbidden();
    }
    if (rule.kind === 'public') return true;
    const apiKey = bearerApiKey(request);
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
      if (!rule.roles.includes(membership.role)) {
        throw forbidden(
          `This needs the role ${rule.roles.join(' or ')}; you are ${membership.role}.`,
        );
      }
    }
    return true;
  }
}

/** The bearer token when it is a reporting API key (by its prefix), else null. */
function bearerApiKey(request: RequestContext): string | null {
  const header = request.req.headers['authorization'];
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  const token = match?.[1];
  return token?.startsWith(API_KEY_PREFIX) ? token : null;
}
