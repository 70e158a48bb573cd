import { DynamicModule, Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { ALL_QUEUES } from './jobs';
import { configureQueueBackend } from './queue-backend';
import { JobProducer } from './job-producer';
import { QueueHealth } from './queue-health';
import { QueueErrorLogs } from './queue-error-logs';

@Global()
@Module({})
export class QueueModule {
  static forRoot(): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            configureQueueBackend(config.queue, config.telemetry.traces),
        }),
        BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
      ],
      providers: [JobProducer, QueueHealth, QueueErrorLogs],
      exports: [BullModule, JobProducer, QueueHealth],
    };
  }
}
