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
import { REQUESTS_ENTITIES } from '../requests.entities';
import { RequestsModule } from '../requests.module';

/**
 * The api of requests' specs: requests and the libs below (organizations to sign up, the
 * directory, families, cases, attendance). No feature above: no follow-ups are planned, and
 * the timeline and the caseload have the sources and facts of these libs only.
 */
export const REQUESTS_API = apiOf({
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...ORGANIZATIONS_ENTITIES,
    ...DIRECTORY_ENTITIES,
    ...FAMILIES_ENTITIES,
    ...CASES_ENTITIES,
    ...ATTENDANCE_ENTITIES,
    ...REQUESTS_ENTITIES,
  ],
  features: [
    OrganizationsModule,
    DirectoryModule,
    FamiliesModule,
    CasesModule,
    AttendanceModule,
    RequestsModule,
  ],
  membershipLookup: OrganizationMembershipLookup,
});
