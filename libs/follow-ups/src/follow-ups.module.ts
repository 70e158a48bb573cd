import { Module } from '@nestjs/common';
import { JobWorkersModule, QueueName } from '@onrecord/platform/queue';
import { CasesModule } from '@onrecord/cases';
import { DirectoryModule } from '@onrecord/directory';
import { RequestsModule } from '@onrecord/requests';
import { FollowUpPlanner } from './planning/follow-up-planner.service';
import { FollowUpPolicyService } from './api/follow-up-policy.service';
import { FollowUpScheduler } from './planning/follow-up-scheduler';
import { FollowUpMessages } from './messages/follow-up-messages.service';
import { FollowUpService } from './api/follow-up.service';
import { FollowUpResolver } from './api/follow-up.resolver';
import { FollowUpPolicyResolver } from './api/follow-up-policy.resolver';
import { FollowUpTimelineSource } from './api/follow-up.timeline-source';
import { FollowUpSender } from './worker/follow-up-sender.service';
import { FollowUpSweep } from './planning/follow-up-sweep.service';
import { AdvocateDigests } from './worker/advocate-digest.service';
import { FollowUpReplanner } from './planning/follow-up-replanner.service';
import { FollowUpJobs } from './worker/follow-up.jobs';
import { FollowUpMetrics } from './worker/follow-up-metrics';

/*
 * Follow-ups: what OnRecord owes a school or a family after a written request, and sending
 * it. The lib is in folders by job:
 * - model/     the follow-up and its attempts, the policy, the enums: what every part reads;
 * - api/       the GraphQL side: resolvers, inputs, objects, the follow-up and policy services;
 * - planning/  what is owed and when: the plan, the planner and replanner, the calendar and
 *              send slots, the scheduler and the sweep that re-creates lost jobs;
 * - worker/    sending: the processor, the sender with its lease and grouped writes, the
 *              advocate's digests;
 * - messages/  what a message says: its facts, merge fields and values, the built-in templates
 *              (their words, per language, in libs/words), rendering, the digest's and failure
 *              notice's text.
 * The api imports FollowUpsModule, the worker FollowUpsWorkerModule.
 */

/** What both sides need: the plan is recomputed wherever a request changes. */
const SHARED = [FollowUpPlanner, FollowUpPolicyService, FollowUpScheduler, FollowUpMessages];

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
  imports: [
    RequestsModule,
    CasesModule,
    DirectoryModule,
    JobWorkersModule.forQueue(QueueName.followUps),
  ],
  providers: [
    ...SHARED,
    FollowUpSender,
    FollowUpSweep,
    AdvocateDigests,
    FollowUpReplanner,
    FollowUpJobs,
    FollowUpMetrics,
  ],
})
export class FollowUpsWorkerModule {}
