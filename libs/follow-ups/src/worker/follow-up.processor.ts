import { Inject, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import {
  JobProducer,
  LoggedWorkerHost,
  QueueName,
  keepDeclared,
  type JobName,
  type JobPayloads,
} from '@onrecord/platform/queue';
import { FollowUpSender } from './follow-up-sender.service';
import { FollowUpSweep } from '../planning/follow-up-sweep.service';
import { AdvocateDigests } from './advocate-digest.service';
import { FollowUpReplanner } from '../planning/follow-up-replanner.service';

/** Digests are looked for this many sweep intervals apart (they are daily). */
const DIGEST_EVERY_SWEEPS = 5;

/**
 * The worker side of follow-ups: sends them, sweeps for what the queue lost, sends digests,
 * replans an organization after its policy changed. Sweep and digests run from BullMQ job
 * schedulers, which are (re)declared every interval: if Redis loses every key, the next
 * declaration brings them back and the sweep finds what is owed in PostgreSQL.
 */
// A job held by a worker that died is taken back by BullMQ within lockDuration +
// stalledInterval (20 s here, not the default minute): a follow-up picked from the queue but
// not yet claimed in PostgreSQL is not left waiting long.
@Processor(QueueName.followUps, { lockDuration: 15_000, stalledInterval: 5_000 })
export class FollowUpProcessor
  extends LoggedWorkerHost
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(FollowUpProcessor.name);
  private stopDeclaring?: () => void;

  constructor(
    private readonly sender: FollowUpSender,
    private readonly sweeper: FollowUpSweep,
    private readonly digests: AdvocateDigests,
    private readonly replanner: FollowUpReplanner,
    private readonly jobs: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name as JobName) {
      case 'send-follow-ups': {
        const data = job.data as JobPayloads['send-follow-ups'];
        return this.sender.send(data.organizationId, data.followUpIds);
      }
      case 'follow-up-sweep':
        return this.sweeper.sweep();
      case 'advocate-digests':
        return this.digests.run();
      case 'replan-organization': {
        const data = job.data as JobPayloads['replan-organization'];
        return this.replanner.replanOrganization(data.organizationId);
      }
      default:
        throw new Error(`unknown follow-up job ${job.name}`);
    }
  }

  /** A job that threw: what is owed is still in PostgreSQL (the sweep retries it), but say so. */
  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.error({ err: error, job: job?.name, jobId: job?.id }, 'follow-up job failed');
  }

  async onApplicationBootstrap(): Promise<void> {
    // Each job sends a batch of up to 25 follow-ups: a few jobs at once keep the mail pool busy.
    this.worker.concurrency = this.config.worker.concurrency;
    this.stopDeclaring = await keepDeclared(
      () => this.declareSchedulers(),
      this.config.followUps.sweepEveryMs,
      this.logger,
      'the follow-up schedulers',
    );
  }

  onModuleDestroy(): void {
    this.stopDeclaring?.();
  }

  private async declareSchedulers(): Promise<void> {
    const queue = this.jobs.queueOf('follow-up-sweep');
    const every = this.config.followUps.sweepEveryMs;
    await queue.upsertJobScheduler(
      'follow-up-sweep',
      { every },
      { name: 'follow-up-sweep', data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
    await queue.upsertJobScheduler(
      'advocate-digests',
      { every: every * DIGEST_EVERY_SWEEPS },
      { name: 'advocate-digests', data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }
}
