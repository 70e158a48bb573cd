import { Injectable } from '@nestjs/common';
import { OnJob, type JobPayloads } from '@onrecord/platform/queue';
import { ParentSurveySender } from './parent-survey-sender.service';

/** The worker's jobs of the parent survey: a few lines each, the work is the sender's. */
@Injectable()
export class ParentSurveyJobs {
  constructor(private readonly sender: ParentSurveySender) {}

  @OnJob('send-parent-surveys')
  send(payload: JobPayloads['send-parent-surveys']): Promise<unknown> {
    return this.sender.sendForCase(payload.organizationId, payload.caseId);
  }

  @OnJob('parent-survey-sweep')
  sweep(): Promise<number> {
    return this.sender.sweep();
  }
}
