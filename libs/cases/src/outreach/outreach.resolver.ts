import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import type { DataScope } from '@onrecord/platform/database';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Member, Scope, type MemberPrincipal } from '@onrecord/platform/request';
import { MemberRole } from '@onrecord/organizations';
import {
  OutreachActivitiesArgs,
  RecordOutreachActivityInput,
  UpdateOutreachActivityInput,
} from './outreach.inputs';
import {
  OutreachActivityConnection,
  OutreachActivityObject,
  toOutreachActivity,
} from './outreach.objects';
import { OutreachService } from './outreach.service';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

/**
 * Trainings and outreach events. Counts of people, no family's record: analysts read them
 * like the reports they feed; admins and advocates record them.
 */
@Resolver(() => OutreachActivityObject)
export class OutreachResolver extends RecordLifecycleResolver({
  name: 'OutreachActivity',
  object: OutreachActivityObject,
  service: OutreachService,
  toObject: toOutreachActivity,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: { archive: 'Hides it from the list and the reports; nothing is deleted.' },
}) {
  constructor(private readonly outreach: OutreachService) {
    super();
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => OutreachActivityConnection, {
    description: "The organization's trainings and outreach events, newest first.",
  })
  outreachActivities(
    @Args() args: OutreachActivitiesArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<OutreachActivityObject>> {
    return this.outreach.list(scope, args);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => OutreachActivityObject, {
    description: 'Records a training or an outreach event and how many people it reached.',
  })
  async recordOutreachActivity(
    @Args('input') input: RecordOutreachActivityInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<OutreachActivityObject> {
    return toOutreachActivity(await this.outreach.record(scope, member, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => OutreachActivityObject)
  async updateOutreachActivity(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateOutreachActivityInput,
    @Scope() scope: DataScope,
  ): Promise<OutreachActivityObject> {
    return toOutreachActivity(await this.outreach.update(scope, id, input));
  }
}
