import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { CASES_ENTITIES, CasesModule } from '@onrecord/cases';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { apiOf } from '@onrecord/platform/testing';
import { SearchModule } from '../search.module';

/** The api of search's specs: the records searched are written by the fixtures. */
export const SEARCH_API = apiOf({
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...ORGANIZATIONS_ENTITIES,
    ...DIRECTORY_ENTITIES,
    ...FAMILIES_ENTITIES,
    ...CASES_ENTITIES,
  ],
  features: [OrganizationsModule, DirectoryModule, FamiliesModule, CasesModule, SearchModule],
  membershipLookup: OrganizationMembershipLookup,
});
