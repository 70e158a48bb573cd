import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { ATTENDANCE_ENTITIES, AttendanceModule } from '@onrecord/attendance';
import { CASES_ENTITIES, CasesModule } from '@onrecord/cases';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
import { FOLLOW_UPS_ENTITIES, FollowUpsModule } from '@onrecord/follow-ups';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { apiOf } from '@onrecord/platform/testing';
import { REQUESTS_ENTITIES, RequestsModule } from '@onrecord/requests';
import { CALENDAR_FEEDS_ENTITIES } from '../calendar-feeds.entities';
import { CalendarFeedsModule } from '../calendar-feeds.module';

/** The api of the feeds' specs: what a feed shows (requests, meetings) and the feeds. */
export const CALENDAR_FEEDS_API = apiOf({
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...ORGANIZATIONS_ENTITIES,
    ...DIRECTORY_ENTITIES,
    ...FAMILIES_ENTITIES,
    ...CASES_ENTITIES,
    ...ATTENDANCE_ENTITIES,
    ...REQUESTS_ENTITIES,
    ...FOLLOW_UPS_ENTITIES,
    ...CALENDAR_FEEDS_ENTITIES,
  ],
  features: [
    OrganizationsModule,
    DirectoryModule,
    FamiliesModule,
    CasesModule,
    AttendanceModule,
    RequestsModule,
    FollowUpsModule,
    CalendarFeedsModule,
  ],
  membershipLookup: OrganizationMembershipLookup,
});
