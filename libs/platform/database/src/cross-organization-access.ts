import { Injectable, Logger } from '@nestjs/common';
import { DataScope, DataScopes, ScopeIdentity } from './data-scope';

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
  /** A reporting API key used as a bearer token: which organization's is it? */
  | 'api-key'
  /** A guardian asking for a portal sign-in link, or signing in with one. */
  | 'portal-sign-in'
  /** A portal session's bearer token: whose, and which organization is it looking at? */
  | 'portal-session';

/**
 * The one path that may look up rows across organizations: by email at log-in and sign-up,
 * by token when a session is refreshed or an invitation accepted. The lookup settings make
 * exactly the named row visible to row-level security, nothing else. Each use is logged
 * with its purpose.
 */
@Injectable()
export class CrossOrganizationAccess {
  private readonly logger = new Logger('CrossOrganizationAccess');

  constructor(private readonly scopes: DataScopes) {}

  run<T>(
    purpose: CrossOrganizationPurpose,
    identity: ScopeIdentity,
    requestId: string | undefined,
    work: (scope: DataScope) => Promise<T>,
  ): Promise<T> {
    this.logger.log(
      { purpose, requestId, lookups: Object.keys(identity.lookup ?? {}) },
      'cross-organization lookup',
    );
    return this.scopes.run(
      identity,
      { action: purpose, actorUserId: identity.userId ?? null, requestId: requestId ?? null },
      work,
    );
  }
}
