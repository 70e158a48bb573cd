import { Args, ArgsType, Context, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { FamilyRecords } from '@onrecord/platform/auth';
import {
  findRecord,
  PageArgs,
  type Connection,
  type RequestContext,
} from '@onrecord/platform/graphql';
import { Case } from '../case.entity';
import { CaseTimeline } from './case-timeline.service';
import {
  CaseTimelineConnection,
  TimelineOrder,
  type CaseTimelineEvent,
} from './case-timeline-event';

@ArgsType()
class CaseTimelineArgs extends PageArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => TimelineOrder, { defaultValue: TimelineOrder.OLDEST_FIRST })
  @IsEnum(TimelineOrder)
  order: TimelineOrder = TimelineOrder.OLDEST_FIRST;
}

@Resolver()
export class CaseTimelineResolver {
  constructor(private readonly timeline: CaseTimeline) {}

  @FamilyRecords()
  @Query(() => CaseTimelineConnection, {
    description:
      'Everything that happened on a case, in date order: opened, status changes, notes, weekly attendance, changes to the record.',
  })
  async caseTimeline(
    @Args() args: CaseTimelineArgs,
    @Context('request') request: RequestContext,
  ): Promise<Connection<CaseTimelineEvent>> {
    const scope = await request.scope();
    const caseRecord = await findRecord(scope, Case, args.caseId, 'Case');
    return this.timeline.page(scope, caseRecord, {
      first: args.first,
      after: args.after,
      newestFirst: args.order === TimelineOrder.NEWEST_FIRST,
    });
  }
}
