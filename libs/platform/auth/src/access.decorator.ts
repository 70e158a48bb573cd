import { SetMetadata } from '@nestjs/common';

/**
 * Who may call an operation. Every query, mutation and HTTP route declares one; the guard refuses
 * operations that do not (deny by default), and a test lists them all.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'member'; roles: string[]; grant?: { role: string; name: string } }
  | { kind: 'portal' }
  | { kind: 'operators' };

export const ACCESS_RULE = 'onrecord:access-rule';

/** Anyone, signed in or not (sign-up, log-in, accepting an invitation; health, the explorer). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in user, whether or not they have an active organization. */
export const SignedIn = () => SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule);

/** Members of the active organization with one of these roles, re-checked on every request. */
export const Roles = (...roles: string[]) =>
  SetMetadata(ACCESS_RULE, { kind: 'member', roles } satisfies AccessRule);

/** The grant that lets an ANALYST read family records (membership.reads_family_records). */
export const FAMILY_RECORDS_GRANT = 'family records';

/**
 * A family's records (families, guardians, students, cases and their notes, attendance,
 * requests, answers, meetings, follow-ups): admins and advocates, and analysts an admin has
 * granted them to. Analysts read reports and aggregate figures, not families, unless granted.
 */
export const FamilyRecords = () =>
  SetMetadata(ACCESS_RULE, {
    kind: 'member',
    roles: ['ADMIN', 'ADVOCATE'],
    grant: { role: 'ANALYST', name: FAMILY_RECORDS_GRANT },
  } satisfies AccessRule);

/**
 * Whether a member may call an operation of this rule: their role is among its roles, or
 * it is the role of the rule's grant and they hold the grant.
 */
export function memberAllowed(
  rule: Extract<AccessRule, { kind: 'member' }>,
  membership: { role: string; readsFamilyRecords?: boolean },
): boolean {
  if (rule.roles.includes(membership.role)) return true;
  return (
    rule.grant?.role === membership.role &&
    rule.grant.name === FAMILY_RECORDS_GRANT &&
    membership.readsFamilyRecords === true
  );
}

/**
 * Guardians signed in to the family portal, and no one else: a portal session reaches only
 * these operations, and these reach only the caller's own families.
 */
export const Portal = () => SetMetadata(ACCESS_RULE, { kind: 'portal' } satisfies AccessRule);

/**
 * The people who run the service (the queue dashboard), who belong to no organization: no
 * member, guardian or API key credential reaches it, and the guard looks at none. The route
 * checks a credential of its own, from configuration, before it answers (for the dashboard,
 * HTTP Basic: platform/observability QueueDashboardController).
 */
export const Operators = () => SetMetadata(ACCESS_RULE, { kind: 'operators' } satisfies AccessRule);

export const API_KEY_SCOPE = 'onrecord:api-key-scope';

/**
 * Reporting API keys with this scope may call the operation too (besides the members its
 * rule names); without it, an API key is refused everywhere.
 */
export const ApiKeyScope = (scope: string) => SetMetadata(API_KEY_SCOPE, scope);

export function describeAccessRule(rule: AccessRule | undefined, apiKeyScope?: string): string {
  if (!rule) return 'UNDECLARED';
  const keys = apiKeyScope ? `; api keys: ${apiKeyScope}` : '';
  if (rule.kind === 'member') {
    const grant = rule.grant ? `; ${rule.grant.role} granted ${rule.grant.name}` : '';
    return `members: ${rule.roles.join(', ')}${grant}${keys}`;
  }
  if (rule.kind === 'portal') return 'portal (guardians)';
  if (rule.kind === 'operators') return "operators (the service's own credentials)";
  return `${rule.kind}${keys}`;
}
