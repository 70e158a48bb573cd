import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
} from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { IncomingMessage } from 'node:http';
import { DataScopes } from '@onrecord/platform/database';
import { RequestContext } from '@onrecord/platform/request';
import { forbidden } from '@onrecord/platform/errors';
import { ACCESS_RULE, AccessRule } from './access.decorator';
import { Credential, type CredentialResolver } from './credential-resolver';
import { MemberTokens } from './member-tokens';

/**
 * The one gate of every GraphQL operation and HTTP route. Denies by default: one without
 * an access rule is refused. Otherwise it dispatches on the bearer token: the credential
 * resolver that recognises it (a feature's, found by `@Credential()`; else a member's
 * access token) must reach the operation's rule kind, establishes the caller once per
 * request, and authorises the operation.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);
  private features?: CredentialResolver[];

  constructor(
    private readonly reflector: Reflector,
    private readonly discovery: DiscoveryService,
    private readonly memberTokens: MemberTokens,
    private readonly scopes: DataScopes,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    let request: RequestContext;
    if (context.getType<string>() === 'http') {
      // Deny by default, as for GraphQL: health and the explorer declare @Public, the queue
      // dashboard @Operators; a route
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
      // The operators' routes (the queue dashboard): no organization's credential is theirs;
      // the route checks its own (HTTP Basic from configuration) before it answers.
      if (rule.kind === 'operators') return true;
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
    const features = this.featureResolvers();
    const credential =
      (bearer !== null && features.find((resolver) => resolver.recognises(bearer))) ||
      this.memberTokens;
    // A credential outside its reach is refused before it is looked up: a portal session
    // calling anything but the portal, an API key sent with sign-in or sign-up, a member
    // calling the portal. A rule kind one credential owns names that credential.
    if (!credential.reaches.includes(rule.kind)) {
      const owner = features.find((resolver) => resolver.owns?.[rule.kind]);
      throw forbidden(owner?.owns?.[rule.kind] ?? credential.refusal);
    }
    if (rule.kind === 'public') return true;
    const operation = { rule, context };
    if (!request.principal) await credential.resolve(request, bearer, operation);
    credential.authorise(request as RequestContext & { principal: object }, operation);
    return true;
  }

  /** The features' resolvers, found once (every module is initialised by the first request). */
  private featureResolvers(): CredentialResolver[] {
    this.features ??= this.discovery
      .getProviders({ metadataKey: Credential.KEY })
      .map((wrapper) => wrapper.instance as CredentialResolver)
      .filter((instance) => instance !== undefined && instance !== null);
    return this.features;
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
