import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import type { RequestContext } from '@onrecord/platform/graphql';
import { JobProducer } from '@onrecord/platform/queue';
import { UpdateFollowUpPolicyInput } from './follow-up-policy.inputs';
import { FollowUpPolicyObject } from './follow-up-policy.objects';
import { FollowUpPolicyService } from './follow-up-policy.service';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => FollowUpPolicyObject)
export class FollowUpPolicyResolver {
  constructor(
    private readonly policies: FollowUpPolicyService,
    private readonly jobs: JobProducer,
  ) {}

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => FollowUpPolicyObject, {
    description: "The organization's follow-up policy (the defaults until an admin changes it).",
  })
  async followUpPolicy(@Context('request') request: RequestContext): Promise<FollowUpPolicyObject> {
    return this.policies.get(await request.scope(), request.member().organizationId);
  }

  @Roles(ADMIN)
  @Mutation(() => FollowUpPolicyObject, {
    description:
      'Changes what is given. Follow-ups not yet sent are planned again under the new policy, in the background, within a minute.',
  })
  async updateFollowUpPolicy(
    @Args('input') input: UpdateFollowUpPolicyInput,
    @Context('request') request: RequestContext,
  ): Promise<FollowUpPolicyObject> {
    const scope = await request.scope();
    const organizationId = request.member().organizationId;
    const policy = await this.policies.update(scope, organizationId, input);
    this.jobs.enqueueAfterCommit(scope, 'replan-organization', {
      organizationId,
      requestedAt: Date.now(),
    });
    return policy;
  }
}
