import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AuditEvent, AuditSubscriber } from '@onrecord/platform/audit';
import { ConfigModule, type AppConfig } from '@onrecord/platform/config';
import { DatabaseModule } from '@onrecord/platform/database';
import { MailModule } from '@onrecord/platform/mail';
import { QueueModule } from '@onrecord/platform/queue';
import { FollowUpsWorkerModule } from '../follow-ups.module';
import { FOLLOW_UPS_AND_BELOW } from './follow-ups-api';

/**
 * The worker's side of follow-ups, as apps/worker assembles it (with the entities of
 * follow-ups and below), started in the spec's own process beside its api. `name` names its
 * database connection.
 */
export async function startFollowUpsWorker(
  config: AppConfig,
  name: string,
): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule.forRoot([AuditEvent, ...FOLLOW_UPS_AND_BELOW], name, [AuditSubscriber]),
      QueueModule.forRoot(),
      MailModule,
      FollowUpsWorkerModule,
    ],
  }).compile();
  return moduleRef.init();
}
