import { Injectable } from '@nestjs/common';
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
  constructor(private readonly moduleRef: ModuleRef) {}

  /** Adds the job now. Prefer {@link enqueueAfterCommit} inside a unit of work. */
  async enqueue<N extends JobName>(
    name: N,
    payload: JobPayloads[N],
    options: EnqueueOptions = {},
  ): Promise<string> {
    const definition = JOBS[name];
    const queue = this.moduleRef.get<Queue>(getQueueToken(definition.queue), { strict: false });
    const jobId = definition.jobId(payload);
    const jobOptions: JobsOptions = {
      jobId,
      delay: options.delay,
      attempts: definition.attempts,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: { age: 24 * 3600, count: 10000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    };
    await queue.add(name, payload, jobOptions);
    return jobId;
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
