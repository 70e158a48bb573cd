import { Injectable } from '@nestjs/common';
import { OnJob } from '@onrecord/platform/queue';
import { RequestOutcomes } from './request-outcomes.service';

/**
 * The worker side of reports: keeps the report summary computed (on its schedule, and once
 * as the worker starts), so a report finds little or nothing left to compute.
 */
@Injectable()
export class RequestOutcomeJobs {
  constructor(private readonly outcomes: RequestOutcomes) {}

  @OnJob('refresh-request-outcomes')
  refresh(): Promise<unknown> {
    return this.outcomes.refreshEverywhere();
  }
}
