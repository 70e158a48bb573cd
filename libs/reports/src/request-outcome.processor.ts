import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import {
  JobProducer,
  LoggedWorkerHost,
  QueueName,
  keepDeclared,
  type JobName,
} from '@onrecord/platform/queue';
import { RequestOutcomes } from './request-outcomes.service';

/** How often the worker computes what changed; a report computes the rest itself. */
export const REFRESH_EVERY_MS = 30_000;

/**
 * The worker side of reports: keeps the report summary computed, so a report finds little or
 * nothing left to compute.
 */
@Processor(QueueName.reports)
export class RequestOutcomeProcessor
  extends LoggedWorkerHost
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(RequestOutcomeProcessor.name);
  private stopDeclaring?: () => void;

  constructor(
    private readonly outcomes: RequestOutcomes,
    private readonly jobs: JobProducer,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if ((job.name as JobName) === 'refresh-request-outcomes') {
      return this.outcomes.refreshEverywhere();
    }
    throw new Error(`unknown report job ${job.name}`);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.error({ err: error, job: job?.name, jobId: job?.id }, 'report job failed');
  }

  async onApplicationBootstrap(): Promise<void> {
    this.stopDeclaring = await keepDeclared(
      () => this.declareScheduler(),
      REFRESH_EVERY_MS,
      this.logger,
      'the report scheduler',
    );
    // Once at start as well, not half a minute later: after a migration or downtime there is
    // a backlog, which reports would otherwise compute themselves.
    // eslint-disable-next-line onrecord/job-names-organization -- a sweep: it finds the organizations with rows to refresh (CrossOrganizationAccess 'request-outcome-refresh') and refreshes each in its own scope
    await this.jobs.enqueue('refresh-request-outcomes', {});
  }

  onModuleDestroy(): void {
    this.stopDeclaring?.();
  }

  private async declareScheduler(): Promise<void> {
    await this.jobs.queueOf('refresh-request-outcomes').upsertJobScheduler(
      'refresh-request-outcomes',
      { every: REFRESH_EVERY_MS },
      {
        name: 'refresh-request-outcomes',
        data: {},
        opts: { removeOnComplete: true, removeOnFail: 100 },
      },
    );
  }
}
