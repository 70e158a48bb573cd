import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { apiOf } from '@onrecord/platform/testing';
import { FAMILIES_ENTITIES } from '../families.entities';
import { FamiliesModule } from '../families.module';

/** Families and what they stand on: organizations (to sign up) and the directory. */
export const FAMILIES_API = apiOf({
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...ORGANIZATIONS_ENTITIES,
    ...DIRECTORY_ENTITIES,
    ...FAMILIES_ENTITIES,
  ],
  features: [OrganizationsModule, DirectoryModule, FamiliesModule],
  membershipLookup: OrganizationMembershipLookup,
});
