import { Inject, Logger, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { JobHandlers } from './job-handlers';
import { QUEUE_WORKERS, type JobName, type QueueName } from './jobs';
import { LoggedWorkerHost } from './logged-worker-host';

/**
 * The worker of one queue: takes its jobs and runs each through its `@OnJob` handler, with
 * the queue's options (QUEUE_WORKERS). What a job owes is in PostgreSQL, so a job that
 * throws is logged and the sweep (or the job's own retries) takes it up again.
 */
export function queueWorker(queue: QueueName): Type<LoggedWorkerHost> {
  const { concurrency, ...options } = QUEUE_WORKERS[queue];

  @Processor(queue, options)
  class QueueWorker extends LoggedWorkerHost implements OnApplicationBootstrap {
    private readonly logger = new Logger(`QueueWorker ${queue}`);

    constructor(
      private readonly handlers: JobHandlers,
      @Inject(APP_CONFIG) private readonly config: AppConfig,
    ) {
      super();
    }

    process(job: Job): Promise<unknown> {
      return this.handlers.run(job.name as JobName, job.data as never);
    }

    @OnWorkerEvent('failed')
    onFailed(job: Job | undefined, error: Error): void {
      this.logger.error({ err: error, queue, job: job?.name, jobId: job?.id }, 'job failed');
    }

    onApplicationBootstrap(): void {
      if (concurrency) this.worker.concurrency = concurrency(this.config);
    }
  }
  // Its own name per queue: Nest tells dynamic modules apart by what they provide, by name.
  const name = queue.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) =>
    letter.toUpperCase(),
  );
  Object.defineProperty(QueueWorker, 'name', { value: `${name}QueueWorker` });
  return QueueWorker;
}
