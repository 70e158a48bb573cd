import { Injectable } from '@nestjs/common';
import { OnJob, type JobPayloads } from '@onrecord/platform/queue';
import { SystemCheckService } from './system-check.service';

/** The worker's half of the round trip: completes the check in the database. */
@Injectable()
export class SystemCheckJobs {
  constructor(private readonly checks: SystemCheckService) {}

  @OnJob('system-check')
  complete(payload: JobPayloads['system-check']): Promise<void> {
    return this.checks.complete(payload.organizationId, payload.systemCheckId);
  }
}
