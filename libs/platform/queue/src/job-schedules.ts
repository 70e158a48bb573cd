import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { JobHandlers } from './job-handlers';
import { JobProducer } from './job-producer';
import { SCHEDULES, type JobName } from './jobs';
import { keepDeclared } from './keep-declared';

/**
 * Declares the job schedulers (SCHEDULES) of the jobs this worker has a handler for, now and
 * again at the shortest interval, so a Redis that lost every key gets them back within it;
 * and enqueues once at start those that say so.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JobSchedules.name);
  private stopDeclaring?: () => void;

  constructor(
    private readonly handlers: JobHandlers,
    private readonly jobs: JobProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const scheduled = Object.entries(SCHEDULES)
      .map(([name, schedule]) => ({ name: name as JobName, ...schedule }))
      .filter(({ name }) => this.handlers.has(name));
    if (scheduled.length === 0) return;
    this.stopDeclaring = await keepDeclared(
      async () => {
        for (const { name, every } of scheduled) {
          await this.jobs
            .queueOf(name)
            .upsertJobScheduler(
              name,
              { every: every(this.config) },
              { name, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
            );
        }
      },
      Math.min(...scheduled.map(({ every }) => every(this.config))),
      this.logger,
      'the job schedulers',
    );
    // A scheduled job is a sweep with no payload: it finds the organizations it has work for
    // and does each in its own scope.
    for (const { name } of scheduled.filter(({ alsoAtStart }) => alsoAtStart))
      await this.jobs.enqueue(name, {} as never);
  }

  onModuleDestroy(): void {
    this.stopDeclaring?.();
  }
}
