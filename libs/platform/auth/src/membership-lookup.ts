import type { DataScope } from '@onrecord/platform/database';

/**
 * How the guard re-checks the session and the membership on every request. Provided by the organizations
 * feature (platform code does not know its entities).
 */
export interface MembershipLookup {
  find(
    scope: DataScope,
    organizationId: string,
    userId: string,
  ): Promise<{ id: string; role: string; readsFamilyRecords: boolean } | null>;

  /** Whether the user's session `sessionId` is still open (not logged out or revoked). */
  sessionIsOpen(scope: DataScope, userId: string, sessionId: string): Promise<boolean>;
}

export const MEMBERSHIP_LOOKUP = Symbol('MEMBERSHIP_LOOKUP');
