import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import type { DataScope } from '@onrecord/platform/database';
import { JOBS, JobName, JobPayloads } from './jobs';

export interface EnqueueOptions {
  /** Milliseconds to wait before the job becomes ready. */
  delay?: number;
}

/** The one way code puts work on a queue. */
@Injectable()
export class JobProducer {
  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Adds the job now. Prefer {@link enqueueAfterCommit} inside a unit of work. */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options: EnqueueOptions = {},
  ): Promise<string> {
    const jobId = JOBS[name].jobId(payload);
    await this.queueOf(name).add(name, payload, this.options(name, payload, options));
    return jobId;
  }

  /** Adds many jobs of one kind in one round trip (ids deduplicate as with {@link enqueue}). */
  async enqueueMany<N extends JobName>(
    name: N,
    jobs: ReadonlyArray<{ payload: JobPayloads[N]; options?: EnqueueOptions }>,
  ): Promise<void> {
    if (!jobs.length) return;
    if (this.config.queue.kind === 'postgres') {
      // BullMQ's PostgreSQL backend creates a sequence on a bulk add, which the application
      // role may not do (it owns nothing): one add per job there.
      for (const { payload, options } of jobs) await this.enqueue(name, payload, options ?? {});
      return;
    }
    await this.queueOf(name).addBulk(
      jobs.map(({ payload, options }) => ({
        name,
        data: payload,
        opts: this.options(name, payload, options ?? {}),
      })),
    );
  }

  queueOf(name: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOBS[name].queue), { strict: false });
  }

  private options<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options: EnqueueOptions,
  ): JobsOptions {
    const definition = JOBS[name];
    const keep = definition.keepFinished !== false;
    return {
      jobId: definition.jobId(payload),
      delay: options.delay && options.delay > 0 ? options.delay : undefined,
      attempts: definition.attempts,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: keep ? { age: 24 * 3600, count: 10000 } : true,
      removeOnFail: keep ? { age: 7 * 24 * 3600 } : true,
    };
  }

  /** Adds the job once the transaction has committed, so the worker finds the rows it needs. */
  enqueueAfterCommit<N extends JobName>(
    scope: DataScope,
    name: N,
    payload: JobPayloads[N],
    options: EnqueueOptions = {},
  ): void {
    scope.afterCommit(() => this.enqueue(name, payload, options));
  }
}
