import type { OpeningRead, OpeningRow } from '@onrecord/platform/database';

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
   * membership in it: one statement, which `read` runs as the user in the organization (in
   * the round trip that opens the request's transaction), so both cost no round trip of
   * their own.
   */
  check(
    read: (statement: OpeningRead) => Promise<OpeningRow[]>,
    userId: string,
    sessionId: string,
    organizationId: string | undefined,
  ): Promise<MembershipCheck>;
}

export const MEMBERSHIP_LOOKUP = Symbol('MEMBERSHIP_LOOKUP');
