import { Injectable, Logger } from '@nestjs/common';
import { BECOME, RUN_ACROSS } from './cross-organization-keys';
import { CrossOrganizationScope, DataScope, DataScopes, ScopeIdentity } from './data-scope';

/** Every reason OnRecord has to look at rows before it knows the organization. */
export type CrossOrganizationPurpose =
  | 'sign-up'
  | 'log-in'
  | 'refresh-session'
  | 'accept-invitation'
  /** `npm start` creating the demo organization's members (local runs only). */
  | 'demo-seed'
  /** The worker finding follow-ups owed and digests due in every organization (ids only). */
  | 'follow-up-sweep'
  /** The worker finding the organizations whose report summary has rows to refresh. */
  | 'request-outcome-refresh'
  /**
   * The worker counting, across organizations, follow-ups by state and the report summary's
   * stale rows for the metrics (counts only, never an id: docs/operations.md "Seeing inside").
   */
  | 'metrics'
  /** A reporting API key used as a bearer token: which organization's is it? */
  | 'api-key'
  /** A guardian asking for a portal sign-in link, or signing in with one. */
  | 'portal-sign-in'
  /** A portal session's bearer token: whose, and which organization is it looking at? */
  | 'portal-session'
  /** An advocate inviting or revoking a guardian: the address's earlier sessions end. */
  | 'portal-sessions-ended'
  /** Erasing a family: its guardians' sign-in links, which belong to no organization. */
  | 'family-erasure'
  /** A guardian opening or answering a parent survey by its link: which invitation is it? */
  | 'parent-survey-link'
  /** The worker finding parent survey invitations owed but not sent, in every organization. */
  | 'parent-survey-sweep'
  /**
   * A school's reply arriving at a reply address (SMTP or the webhook): whose request is
   * that address's? Only the address's token (its hash) is looked up, never the sender.
   */
  | 'inbound-mail'
  /**
   * A calendar app fetching a member's feed by its secret address: whose feed is it? Only
   * the feed whose token has this hash is looked up; the feed is then read as that member.
   */
  | 'calendar-feed';

/**
 * The one path that may look up rows across organizations: by email at log-in and sign-up,
 * by token when a session is refreshed or an invitation accepted. The lookup settings make
 * exactly the named row visible to row-level security, nothing else. Each use is logged
 * with its purpose. DataScopes.open and run take no lookup, and a DataScope cannot change
 * its identity: what widens row-level security is here, named.
 */
@Injectable()
export class CrossOrganizationAccess {
  private readonly logger = new Logger('CrossOrganizationAccess');

  constructor(private readonly scopes: DataScopes) {}

  /**
   * Runs `work` in a transaction of its own with the lookup; once it has established who
   * the caller is, the work may act as them (CrossOrganizationScope.become).
   */
  run<T>(
    purpose: CrossOrganizationPurpose,
    identity: ScopeIdentity,
    requestId: string | undefined,
    work: (scope: CrossOrganizationScope) => Promise<T>,
  ): Promise<T> {
    this.log(purpose, identity, requestId);
    return this.scopes[RUN_ACROSS](
      identity,
      { action: purpose, actorUserId: identity.userId ?? null, requestId: requestId ?? null },
      work,
    );
  }

  /**
   * Runs `work` within an open scope (a request's) with the lookup added, then takes it
   * away: a statement of an organization's own that must find rows by something other
   * than the organization (a guardian's address).
   */
  async within<T>(
    scope: DataScope,
    purpose: CrossOrganizationPurpose,
    lookup: NonNullable<ScopeIdentity['lookup']>,
    requestId: string | undefined,
    work: () => Promise<T>,
  ): Promise<T> {
    this.log(purpose, { lookup }, requestId);
    const current = scope.identity.lookup ?? {};
    const before = Object.fromEntries(
      Object.keys(lookup).map((key) => [key, current[key as keyof typeof current]]),
    );
    await scope[BECOME]({ lookup });
    try {
      return await work();
    } finally {
      await scope[BECOME]({ lookup: before });
    }
  }

  private log(
    purpose: CrossOrganizationPurpose,
    identity: ScopeIdentity,
    requestId: string | undefined,
  ): void {
    this.logger.log(
      { purpose, requestId, lookups: Object.keys(identity.lookup ?? {}) },
      'cross-organization lookup',
    );
  }
}
