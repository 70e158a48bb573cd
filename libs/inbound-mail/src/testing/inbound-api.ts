import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { ATTENDANCE_ENTITIES, AttendanceModule } from '@onrecord/attendance';
import { CASES_ENTITIES, CasesModule } from '@onrecord/cases';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { DOCUMENTS_ENTITIES, DocumentsModule } from '@onrecord/documents';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
import { FOLLOW_UPS_ENTITIES, FollowUpsModule, FollowUpsWorkerModule } from '@onrecord/follow-ups';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { AuditEvent, AuditSubscriber } from '@onrecord/platform/audit';
import { ConfigModule, type AppConfig } from '@onrecord/platform/config';
import { DatabaseModule } from '@onrecord/platform/database';
import { MailModule } from '@onrecord/platform/mail';
import { QueueModule } from '@onrecord/platform/queue';
import { apiOf } from '@onrecord/platform/testing';
import { REQUESTS_ENTITIES, RequestsModule } from '@onrecord/requests';
import { INBOUND_MAIL_ENTITIES } from '../inbound-mail.entities';
import { InboundMailModule, InboundMailWorkerModule } from '../inbound-mail.module';

/** The entities of mail in and the libs below it (follow-ups: what replies answer). */
export const INBOUND_MAIL_AND_BELOW = [
  ...ACCOUNTS_ENTITIES,
  ...ORGANIZATIONS_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...FAMILIES_ENTITIES,
  ...CASES_ENTITIES,
  ...ATTENDANCE_ENTITIES,
  ...REQUESTS_ENTITIES,
  ...FOLLOW_UPS_ENTITIES,
  ...DOCUMENTS_ENTITIES,
  ...INBOUND_MAIL_ENTITIES,
];

/** The api of mail in's specs: follow-ups (to email requests) and the webhook and reading. */
export const INBOUND_MAIL_API = apiOf({
  entities: INBOUND_MAIL_AND_BELOW,
  features: [
    OrganizationsModule,
    DirectoryModule,
    FamiliesModule,
    CasesModule,
    AttendanceModule,
    RequestsModule,
    FollowUpsModule,
    DocumentsModule,
    InboundMailModule,
  ],
  membershipLookup: OrganizationMembershipLookup,
});

/**
 * The worker's side, as apps/worker assembles it: the follow-up sender (the letters replies
 * answer) and the SMTP receiver, in the spec's own process.
 */
export async function startInboundWorker(
  config: AppConfig,
  name: string,
): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot([AuditEvent, ...INBOUND_MAIL_AND_BELOW], name, [AuditSubscriber]),
      QueueModule.forRoot(),
      MailModule,
      FollowUpsWorkerModule,
      InboundMailWorkerModule,
    ],
  }).compile();
  return moduleRef.init();
}
