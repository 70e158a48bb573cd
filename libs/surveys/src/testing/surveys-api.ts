import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { CASES_ENTITIES, CasesModule } from '@onrecord/cases';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
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
import { SURVEYS_ENTITIES } from '../surveys.entities';
import { SurveysModule, SurveysWorkerModule } from '../surveys.module';

/** The entities of surveys and the libs below it. */
export const SURVEYS_AND_BELOW = [
  ...ACCOUNTS_ENTITIES,
  ...ORGANIZATIONS_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...FAMILIES_ENTITIES,
  ...CASES_ENTITIES,
  ...SURVEYS_ENTITIES,
];

/** The api of the surveys' specs: surveys and the libs below (to sign up, families, cases). */
export const SURVEYS_API = apiOf({
  entities: SURVEYS_AND_BELOW,
  features: [OrganizationsModule, DirectoryModule, FamiliesModule, CasesModule, SurveysModule],
  membershipLookup: OrganizationMembershipLookup,
});

/** The worker's side of surveys, as apps/worker assembles it, in the spec's own process. */
export async function startSurveysWorker(
  config: AppConfig,
  name: string,
): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot([AuditEvent, ...SURVEYS_AND_BELOW], name, [AuditSubscriber]),
      QueueModule.forRoot(),
      MailModule,
      SurveysWorkerModule,
    ],
  }).compile();
  return moduleRef.init();
}
