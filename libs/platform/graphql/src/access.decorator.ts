import { SetMetadata } from '@nestjs/common';

/**
 * Who may call an operation. Every query, mutation and HTTP route declares one; the guard refuses
 * operations that do not (deny by default), and a test lists them all.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'member'; roles: string[] }
  | { kind: 'portal' };

export const ACCESS_RULE = 'onrecord:access-rule';

/** Anyone, signed in or not (sign-up, log-in, accepting an invitation; health, the explorer). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, whether or not they have an active organization. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** Members of the active organization with one of these roles, re-checked on every request. */
export const Roles = (...roles: string[]) =>
  SetMetadata(ACCESS_RULE, { kind: 'member', roles } satisfies AccessRule);

/**
 * Guardians signed in to the family portal, and no one else: a portal session reaches only
 * these operations, and these reach only the caller's own families.
 */
export const Portal = () => SetMetadata(ACCESS_RULE, { kind: 'portal' } satisfies AccessRule);

export const API_KEY_SCOPE = 'onrecord:api-key-scope';

/**
 * Reporting API keys with this scope may call the operation too (besides the members its
 * rule names); without it, an API key is refused everywhere.
 */
export const ApiKeyScope = (scope: string) => SetMetadata(API_KEY_SCOPE, scope);

export function describeAccessRule(rule: AccessRule | undefined, apiKeyScope?: string): string {
  if (!rule) return 'UNDECLARED';
  const keys = apiKeyScope ? `; api keys: ${apiKeyScope}` : '';
  if (rule.kind === 'member') return `members: ${rule.roles.join(', ')}${keys}`;
  if (rule.kind === 'portal') return 'portal (guardians)';
  return `${rule.kind}${keys}`;
}
