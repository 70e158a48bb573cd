import { Processor } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { LoggedWorkerHost, QueueName, type JobPayloads } from '@onrecord/platform/queue';
import { SystemCheckService } from './system-check.service';

@Processor(QueueName.system)
export class RunSystemCheckJob extends LoggedWorkerHost {
  constructor(private readonly checks: SystemCheckService) {
    super();
  }

  async process(job: Job<JobPayloads['system-check']>): Promise<void> {
    await this.checks.complete(job.data.organizationId, job.data.systemCheckId);
  }
}
