import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { ATTENDANCE_ENTITIES, AttendanceModule } from '@onrecord/attendance';
import { CASES_ENTITIES, CasesModule } from '@onrecord/cases';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { DOCUMENTS_ENTITIES } from '@onrecord/documents';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
import { FOLLOW_UPS_ENTITIES, FollowUpsModule } from '@onrecord/follow-ups';
import { INBOUND_MAIL_ENTITIES, InboundMailModule } from '@onrecord/inbound-mail';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { apiOf } from '@onrecord/platform/testing';
import { REQUESTS_ENTITIES, RequestsModule } from '@onrecord/requests';
import { PORTAL_ENTITIES } from '../portal.entities';
import { PortalModule } from '../portal.module';

/** The entities of the portal and of the libs below it, for its specs' api and worker. */
export const PORTAL_AND_BELOW = [
  ...ACCOUNTS_ENTITIES,
  ...ORGANIZATIONS_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...FAMILIES_ENTITIES,
  ...CASES_ENTITIES,
  ...ATTENDANCE_ENTITIES,
  ...REQUESTS_ENTITIES,
  ...FOLLOW_UPS_ENTITIES,
  ...INBOUND_MAIL_ENTITIES,
  ...DOCUMENTS_ENTITIES,
  ...PORTAL_ENTITIES,
];

/**
 * The api of the portal's specs: the portal and the libs below (organizations to sign up, the
 * directory, families, cases, attendance, requests, follow-ups, mail in: the replies an
 * advocate shares; documents, which the portal's module brings); no reports, no family data.
 */
export const PORTAL_API = apiOf({
  entities: PORTAL_AND_BELOW,
  features: [
    OrganizationsModule,
    DirectoryModule,
    FamiliesModule,
    CasesModule,
    AttendanceModule,
    RequestsModule,
    FollowUpsModule,
    InboundMailModule,
    PortalModule,
  ],
  membershipLookup: OrganizationMembershipLookup,
});
