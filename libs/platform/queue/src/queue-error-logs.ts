import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { ALL_QUEUES } from './jobs';

/**
 * The queues' own errors (a lost connection, a missing key) as log lines: without a listener
 * BullMQ prints them to stderr as raw stack traces (LoggedWorkerHost does the same for workers).
 */
@Injectable()
export class QueueErrorLogs implements OnModuleInit {
  private readonly logger = new Logger('Queue');

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of ALL_QUEUES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (error: Error) =>
        this.logger.error({ err: error, queue: name }, `queue error: ${error.message}`),
      );
    }
  }
}
