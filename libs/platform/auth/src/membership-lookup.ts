import type { DataScope } from '@onrecord/platform/database';

/** What the guard learns about a member's token on every request. */
export interface MembershipCheck {
  /** The session the token names is still open (not logged out or revoked, not expired). */
  sessionOpen: boolean;
  /** The membership in the token's organization; null without one (or none asked for). */
  membership: { id: string; role: string; readsFamilyRecords: boolean } | null;
}

/**
 * How the guard re-checks the session and the membership on every request. Provided by the organizations
 * feature (platform code does not know its entities).
 */
export interface MembershipLookup {
  /**
   * Whether the user's session `sessionId` is still open and, given an organization, their
   * membership in it: one statement, so a member's request pays one round trip for both.
   */
  check(
    scope: DataScope,
    userId: string,
    sessionId: string,
    organizationId: string | undefined,
  ): Promise<MembershipCheck>;
}

export const MEMBERSHIP_LOOKUP = Symbol('MEMBERSHIP_LOOKUP');
