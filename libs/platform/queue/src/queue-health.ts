import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { withTimeout } from '@onrecord/platform/database';
import { ALL_QUEUES, QueueName } from './jobs';

export interface QueueCounts {
  queue: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

@Injectable()
export class QueueHealth {
  constructor(private readonly moduleRef: ModuleRef) {}

  /** Job counts per queue; rejects when the backend does not answer within the timeout. */
  async counts(timeoutMs = 2000): Promise<QueueCounts[]> {
    const all = Promise.all(
      ALL_QUEUES.map(async (name) => {
        const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
        return {
          queue: name,
          waiting: counts['waiting'] ?? 0,
          active: counts['active'] ?? 0,
          delayed: counts['delayed'] ?? 0,
          failed: counts['failed'] ?? 0,
        };
      }),
    );
    return withTimeout(all, timeoutMs, 'queue backend did not answer');
  }
}
