import type { ExecutionContext } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { type RequestContext } from '@onrecord/platform/request';
import type { AccessRule } from './access.decorator';

/** An operation's access rule and where it is declared (for metadata such as a key's scope). */
export interface Operation {
  rule: AccessRule;
  context: ExecutionContext;
}

/**
 * One kind of credential a caller sends as the bearer token, turned into the request's
 * principal. The feature that issues the credential provides its resolver, marked
 * `@Credential()`; the access guard finds them all and asks each whether it recognises the
 * token. A token none recognises (or no token) is a member's access token (MemberTokens).
 */
export interface CredentialResolver {
  /** Whether the bearer token is this kind of credential, by its prefix. */
  recognises(bearer: string): boolean;
  /** The access-rule kinds this credential may reach at all. */
  readonly reaches: ReadonlyArray<AccessRule['kind']>;
  /** Why it is refused an operation whose rule it does not reach. */
  readonly refusal: string;
  /**
   * Rule kinds that this credential alone reaches, and the refusal for every other caller
   * (which takes precedence over that caller's own refusal).
   */
  readonly owns?: Partial<Record<AccessRule['kind'], string>>;
  /**
   * Establishes `request.principal` from the credential, or refuses it (unknown, expired,
   * revoked). Called once per request: later operations of the request reuse the principal.
   */
  resolve(request: RequestContext, bearer: string | null, operation: Operation): Promise<void>;
  /** Refuses the operation when the principal it resolved may not call it. */
  authorise(request: RequestContext & { principal: object }, operation: Operation): void;
}

/** Marks a provider as a credential resolver for the access guard to find. */
export const Credential = DiscoveryService.createDecorator<void>();
