import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { RequestContext, type AccessClaims } from '@onrecord/platform/request';
import { forbidden, unauthenticated } from '@onrecord/platform/errors';
import { memberAllowed, type AccessRule } from './access.decorator';
import type { CredentialResolver, Operation } from './credential-resolver';
import { MEMBERSHIP_LOOKUP, type MembershipLookup } from './membership-lookup';

/**
 * A person's access token (JWT, verified by passport-jwt): the credential of every bearer
 * token no feature's resolver recognises, and of none. On each request the session must
 * still be open and, with an active organization, the user still a member of it; member
 * operations then check the role (or grant).
 */
@Injectable()
export class MemberTokens extends AuthGuard('jwt') implements CredentialResolver {
  readonly reaches: ReadonlyArray<AccessRule['kind']> = ['public', 'signed-in', 'member'];
  // Never used: a member's token reaches every rule no other credential owns.
  readonly refusal = 'You are not allowed to do this.';

  constructor(@Inject(MEMBERSHIP_LOOKUP) private readonly memberships: MembershipLookup) {
    super();
  }

  recognises(): boolean {
    return true;
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

  async resolve(request: RequestContext, _bearer: string | null, { context }: Operation) {
    await super.canActivate(context);
    const claims = (request.req as { user?: AccessClaims }).user;
    if (!claims) throw unauthenticated();
    request.principal = { userId: claims.sub, organizationId: claims.org };
    if (!claims.sid) throw unauthenticated('Your session has ended: sign in again.');
    const { sessionOpen, membership } = await this.memberships.check(
      (statement) => request.scopeReading(statement),
      claims.sub,
      claims.sid,
      claims.org,
    );
    if (!sessionOpen) throw unauthenticated('Your session has ended: sign in again.');
    if (claims.org) {
      if (!membership) throw forbidden('You are no longer a member of this organization.');
      request.principal.membership = membership;
    }
  }

  authorise(request: RequestContext, { rule }: Operation): void {
    if (rule.kind !== 'member') return;
    const membership = request.principal?.membership;
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
}
