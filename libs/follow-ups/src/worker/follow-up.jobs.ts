import { Injectable } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { OnJob, type JobPayloads } from '@onrecord/platform/queue';
import { FollowUpSender } from './follow-up-sender.service';
import { FollowUpSweep } from '../planning/follow-up-sweep.service';
import { AdvocateDigests } from './advocate-digest.service';
import { FollowUpReplanner } from '../planning/follow-up-replanner.service';

/**
 * The worker side of follow-ups: sends them, sweeps for what the queue lost, sends digests,
 * replans an organization after its policy changed. The sweep and the digests run on the
 * schedules declared with the jobs (platform/queue SCHEDULES).
 */
@Injectable()
export class FollowUpJobs {
  constructor(
    private readonly sender: FollowUpSender,
    private readonly sweeper: FollowUpSweep,
    private readonly digests: AdvocateDigests,
    private readonly replanner: FollowUpReplanner,
  ) {}

  @OnJob('send-follow-ups')
  send(payload: JobPayloads['send-follow-ups']): Promise<number> {
    // How many the job carries, on its span (JobHandlers'): a count, never who.
    trace.getActiveSpan()?.setAttribute('onrecord.follow_up.count', payload.followUpIds.length);
    return this.sender.send(payload.organizationId, payload.followUpIds);
  }

  @OnJob('follow-up-sweep')
  sweep(): Promise<unknown> {
    return this.sweeper.sweep();
  }

  @OnJob('advocate-digests')
  sendDigests(): Promise<unknown> {
    return this.digests.run();
  }

  @OnJob('replan-organization')
  replan(payload: JobPayloads['replan-organization']): Promise<number> {
    return this.replanner.replanOrganization(payload.organizationId);
  }
}
