import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { apiOf } from '@onrecord/platform/testing';
import { CASES_ENTITIES } from '../cases.entities';
import { CasesModule } from '../cases.module';

/**
 * The api of cases' specs: cases and the libs below (organizations to sign up, the directory,
 * families) — no feature above, so the timeline and the caseload have only the case's own
 * sources and facts.
 */
export const CASES_API = apiOf({
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...ORGANIZATIONS_ENTITIES,
    ...DIRECTORY_ENTITIES,
    ...FAMILIES_ENTITIES,
    ...CASES_ENTITIES,
  ],
  features: [OrganizationsModule, DirectoryModule, FamiliesModule, CasesModule],
  membershipLookup: OrganizationMembershipLookup,
});
