import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import type { RequestContext } from '@onrecord/platform/graphql';
import { MemberRole } from '@onrecord/organizations';
import { ObservationTagObject } from './observation-tag.objects';
import { ObservationTagService } from './observation-tag.service';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => ObservationTagObject)
export class ObservationTagResolver {
  constructor(private readonly tags: ObservationTagService) {}

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => [ObservationTagObject], {
    description:
      'The triggers an attendance entry can carry: the built-in ones, then the organization’s own.',
  })
  async observationTags(
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
    @Context('request') request: RequestContext,
  ): Promise<ObservationTagObject[]> {
    return this.tags.list(await request.scope(), includeArchived);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => ObservationTagObject, {
    description: 'Adds a trigger label of the organization’s own, e.g. "fire drills".',
  })
  async addObservationTag(
    @Args('label') label: string,
    @Context('request') request: RequestContext,
  ): Promise<ObservationTagObject> {
    return this.tags.add(await request.scope(), request.member(), label);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => ObservationTagObject, {
    description: 'New entries can no longer pick it; entries that have it keep it.',
  })
  async archiveObservationTag(
    @Args('id', { type: () => ID }) id: string,
    @Context('request') request: RequestContext,
  ): Promise<ObservationTagObject> {
    return this.tags.setArchived(await request.scope(), id, true);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => ObservationTagObject)
  async restoreObservationTag(
    @Args('id', { type: () => ID }) id: string,
    @Context('request') request: RequestContext,
  ): Promise<ObservationTagObject> {
    return this.tags.setArchived(await request.scope(), id, false);
  }

  @Roles(ADMIN)
  @Mutation(() => ObservationTagObject, {
    description: 'Refused while an attendance entry carries the label: archive it instead.',
  })
  async deleteObservationTag(
    @Args('id', { type: () => ID }) id: string,
    @Context('request') request: RequestContext,
  ): Promise<ObservationTagObject> {
    return this.tags.delete(await request.scope(), id);
  }
}
