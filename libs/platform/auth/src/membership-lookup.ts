import type { DataScope } from '@onrecord/platform/database';

/**
 * How the guard re-checks membership on every request. Provided by the organizations
 * feature (platform code does not know its entities).
 */
export interface MembershipLookup {
  find(
    scope: DataScope,
    organizationId: string,
    userId: string,
  ): Promise<{ id: string; role: string; readsFamilyRecords: boolean } | null>;
}

export const MEMBERSHIP_LOOKUP = Symbol('MEMBERSHIP_LOOKUP');
