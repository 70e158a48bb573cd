import { type DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlers } from './job-handlers';
import { JobSchedules } from './job-schedules';
import type { QueueName } from './jobs';
import { queueWorker } from './queue-worker';
import { QueueMetrics } from './queue-metrics';

/** What every worker shares: the handlers found by `@OnJob`, the schedules, the queue gauges. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobHandlers, JobSchedules, QueueMetrics],
  exports: [JobHandlers],
})
export class JobHandlersModule {}

/**
 * A feature's worker module imports `JobWorkersModule.forQueue(QueueName.followUps)` for the
 * queue its `@OnJob` handlers serve: an app runs workers for its features' queues only (a
 * test that composes one feature takes no other queue's jobs).
 */
@Module({})
export class JobWorkersModule {
  static forQueue(queue: QueueName): DynamicModule {
    return {
      module: JobWorkersModule,
      imports: [JobHandlersModule],
      providers: [queueWorker(queue)],
      exports: [JobHandlersModule],
    };
  }
}
