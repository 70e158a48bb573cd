import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { JobProducer } from '@onrecord/platform/queue';
import { UpdateFollowUpPolicyInput } from './follow-up-policy.inputs';
import { FollowUpPlanner } from '../planning/follow-up-planner.service';
import { FollowUpPolicyObject, PlannedFollowUpObject } from './follow-up-policy.objects';
import { FollowUpPolicyService, planRules, policyWithChanges } from './follow-up-policy.service';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => FollowUpPolicyObject)
export class FollowUpPolicyResolver {
  constructor(
    private readonly policies: FollowUpPolicyService,
    private readonly jobs: JobProducer,
    private readonly planner: FollowUpPlanner,
  ) {}

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => FollowUpPolicyObject, {
    description: "The organization's follow-up policy (the defaults until an admin changes it).",
  })
  async followUpPolicy(@Scope() scope: DataScope): Promise<FollowUpPolicyObject> {
    return this.policies.get(scope);
  }

  @Roles(ADMIN)
  @Query(() => [PlannedFollowUpObject], {
    description:
      'What the follow-up policy, with the changes given (not saved), would plan for one written request and its commitments, soonest first; without changes, the saved policy. Messages already sent are not listed. Nothing is saved.',
  })
  async followUpPolicyPreview(
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('changes', { type: () => UpdateFollowUpPolicyInput, nullable: true }) // Typed as the class alone, so the validation pipe checks it (a union is just "Object").
    changes: UpdateFollowUpPolicyInput,
    @Scope() scope: DataScope,
  ): Promise<PlannedFollowUpObject[]> {
    const saved = await this.policies.get(scope);
    const policy = changes ? policyWithChanges(saved, changes) : saved;
    const planned = await this.planner.preview(scope, requestId, planRules(policy));
    return planned.map((p) => ({
      ...p,
      recipients: p.recipients.map(recipient),
      cc: p.cc.map(recipient),
    }));
  }

  @Roles(ADMIN)
  @Mutation(() => FollowUpPolicyObject, {
    description:
      'Changes what is given. Follow-ups not yet sent are planned again under the new policy, in the background, within a minute.',
  })
  async updateFollowUpPolicy(
    @Args('input') input: UpdateFollowUpPolicyInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<FollowUpPolicyObject> {
    const organizationId = member.organizationId;
    const policy = await this.policies.update(scope, input);
    this.jobs.enqueueAfterCommit(scope, 'replan-organization', {
      organizationId,
      requestedAt: Date.now(),
    });
    return policy;
  }
}

const recipient = (r: {
  name: string;
  email: string;
  contactId?: string;
  guardianId?: string;
  userId?: string;
}) => ({
  name: r.name,
  email: r.email,
  contactId: r.contactId ?? null,
  guardianId: r.guardianId ?? null,
  userId: r.userId ?? null,
});
