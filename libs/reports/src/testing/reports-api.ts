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
import { SURVEYS_ENTITIES } from '@onrecord/surveys';
import { ReportsModule } from '../reports.module';

/**
 * The api of the reports' specs: reports and the libs below (organizations to sign up and
 * for reporting API keys, the directory, families, cases, attendance, requests). Reports read
 * follow-ups in SQL only, so their module is not needed.
 */
export const REPORTS_API = apiOf({
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...ORGANIZATIONS_ENTITIES,
    ...DIRECTORY_ENTITIES,
    ...FAMILIES_ENTITIES,
    ...CASES_ENTITIES,
    ...ATTENDANCE_ENTITIES,
    ...REQUESTS_ENTITIES,
    // The parent survey's results are a report.
    ...SURVEYS_ENTITIES,
  ],
  features: [
    OrganizationsModule,
    DirectoryModule,
    FamiliesModule,
    CasesModule,
    AttendanceModule,
    RequestsModule,
    ReportsModule,
  ],
  membershipLookup: OrganizationMembershipLookup,
});
