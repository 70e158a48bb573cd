import type { DataScope } from '@onrecord/platform/database';

/**
 * How the guard recognises a guardian's portal session and re-checks, in the session's
 * organization, which guardians (and so which families) the address still has access to.
 * Provided by the portal feature (platform code does not know its entities).
 */
export interface PortalSessionLookup {
  /** The live (not expired, not signed out) session with this secret; else null. */
  find(
    secret: string,
    requestId: string | undefined,
  ): Promise<{ id: string; email: string; organizationId: string } | null>;
  /** The guardians this address has live access as, in the scope's organization. */
  access(scope: DataScope, email: string): Promise<{ guardianIds: string[]; familyIds: string[] }>;
}

export const PORTAL_SESSION_LOOKUP = Symbol('PORTAL_SESSION_LOOKUP');

/** Every portal session token starts with it: "OnRecord portal". */
export const PORTAL_SESSION_PREFIX = 'orp_';
