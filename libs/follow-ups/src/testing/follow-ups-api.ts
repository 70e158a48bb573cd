import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { ATTENDANCE_ENTITIES, AttendanceModule } from '@onrecord/attendance';
import { CASES_ENTITIES, CasesModule } from '@onrecord/cases';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { apiOf } from '@onrecord/platform/testing';
import { REQUESTS_ENTITIES, RequestsModule } from '@onrecord/requests';
import { FOLLOW_UPS_ENTITIES } from '../follow-ups.entities';
import { FollowUpsModule } from '../follow-ups.module';

/** The entities of follow-ups and of the libs below it, for its specs' api and worker. */
export const FOLLOW_UPS_AND_BELOW = [
  ...ACCOUNTS_ENTITIES,
  ...ORGANIZATIONS_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...FAMILIES_ENTITIES,
  ...CASES_ENTITIES,
  ...ATTENDANCE_ENTITIES,
  ...REQUESTS_ENTITIES,
  ...FOLLOW_UPS_ENTITIES,
];

/**
 * The api of follow-ups' specs: follow-ups and the libs below (organizations to sign up, the
 * directory, families, cases, attendance, requests); no portal, no reports.
 */
export const FOLLOW_UPS_API = apiOf({
  entities: FOLLOW_UPS_AND_BELOW,
  features: [
    OrganizationsModule,
    DirectoryModule,
    FamiliesModule,
    CasesModule,
    AttendanceModule,
    RequestsModule,
    FollowUpsModule,
  ],
  membershipLookup: OrganizationMembershipLookup,
});
