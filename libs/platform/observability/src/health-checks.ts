import { Injectable } from '@nestjs/common';
import {
  HealthCheckService,
  HealthIndicatorService,
  type HealthCheckResult,
} from '@nestjs/terminus';
import { DatabaseHealth } from '@onrecord/platform/database';
import { QueueHealth } from '@onrecord/platform/queue';

/** Is PostgreSQL answering, and is the queue backend answering? Shared by api and worker. */
@Injectable()
export class HealthChecks {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: DatabaseHealth,
    private readonly queue: QueueHealth,
  ) {}

  /** Resolves with the result when everything is up; rejects (503) when anything is down. */
  check(
    extra: Array<() => Promise<{ [key: string]: { status: 'up' | 'down' } }>> = [],
  ): Promise<HealthCheckResult> {
    return this.health.check([
      async () => {
        const session = this.indicators.check('database');
        try {
          await this.database.check();
          return session.up();
        } catch (error) {
          return session.down({ message: (error as Error).message });
        }
      },
      async () => {
        const session = this.indicators.check('queue');
        try {
          await this.queue.counts();
          return session.up();
        } catch (error) {
          return session.down({ message: (error as Error).message });
        }
      },
      ...extra,
    ]);
  }
}
