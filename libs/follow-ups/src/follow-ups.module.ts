import { Module } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { DirectoryModule } from '@onrecord/directory';
import { RequestsModule } from '@onrecord/requests';
import { FollowUpPlanner } from './follow-up-planner.service';
import { FollowUpPlaces } from './follow-up-places';
import { FollowUpPolicyService } from './follow-up-policy.service';
import { FollowUpScheduler } from './follow-up-scheduler';
import { FollowUpMessages } from './follow-up-messages.service';
import { FollowUpService } from './follow-up.service';
import { FollowUpResolver } from './follow-up.resolver';
import { FollowUpPolicyResolver } from './follow-up-policy.resolver';
import { FollowUpTimelineSource } from './follow-up.timeline-source';
import { FollowUpSender } from './follow-up-sender.service';
import { FollowUpSweep } from './follow-up-sweep.service';
import { AdvocateDigests } from './advocate-digest.service';
import { FollowUpReplanner } from './follow-up-replanner.service';
import { FollowUpProcessor } from './follow-up.processor';

/** What both sides need: the plan is recomputed wherever a request changes. */
const SHARED = [
  FollowUpPlanner,
  FollowUpPlaces,
  FollowUpPolicyService,
  FollowUpScheduler,
  FollowUpMessages,
];

/** The api side: planning on every request change, and the GraphQL operations. */
@Module({
  imports: [RequestsModule, CasesModule, DirectoryModule],
  providers: [
    ...SHARED,
    FollowUpService,
    FollowUpResolver,
    FollowUpPolicyResolver,
    FollowUpTimelineSource,
  ],
})
export class FollowUpsModule {}

/** The worker side: sending, the sweep, the digests, replanning after a policy change. */
@Module({
  imports: [RequestsModule, CasesModule, DirectoryModule],
  providers: [
    ...SHARED,
    FollowUpSender,
    FollowUpSweep,
    AdvocateDigests,
    FollowUpReplanner,
    FollowUpProcessor,
  ],
})
export class FollowUpsWorkerModule {}
