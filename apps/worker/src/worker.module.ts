import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@onrecord/platform/config';
import { DatabaseModule } from '@onrecord/platform/database';
import { QueueModule } from '@onrecord/platform/queue';
import { MailModule } from '@onrecord/platform/mail';
import { HealthModule, LoggingModule } from '@onrecord/platform/observability';
import { SystemChecksWorkerModule } from '@onrecord/system-checks';
import { FollowUpsWorkerModule } from '@onrecord/follow-ups';
import { ReportsWorkerModule } from '@onrecord/reports';
import { SurveysWorkerModule } from '@onrecord/surveys';
import { InboundMailWorkerModule } from '@onrecord/inbound-mail';
import { ENTITIES, SUBSCRIBERS } from '@onrecord/migrations';

/** Queue processors and job schedulers; no GraphQL, no HTTP API. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('worker'),
        DatabaseModule.forRoot(ENTITIES, 'onrecord-worker', SUBSCRIBERS),
        QueueModule.forRoot(),
        MailModule,
        HealthModule.forRoot({ http: false }),
        SystemChecksWorkerModule,
        FollowUpsWorkerModule,
        ReportsWorkerModule,
        SurveysWorkerModule,
        // The SMTP receiver for the reply addresses, when INBOUND_SMTP_PORT is set.
        InboundMailWorkerModule,
      ],
    };
  }
}
