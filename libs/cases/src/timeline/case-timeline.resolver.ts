import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { type DataScope, findRecord } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { FamilyRecords } from '@onrecord/platform/auth';
import { PageArgs, type Connection } from '@onrecord/platform/graphql';
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
    @Scope() scope: DataScope,
  ): Promise<Connection<CaseTimelineEvent>> {
    const caseRecord = await findRecord(scope, Case, args.caseId, 'Case');
    return this.timeline.page(scope, caseRecord, {
      first: args.first,
      after: args.after,
      newestFirst: args.order === TimelineOrder.NEWEST_FIRST,
    });
  }
}
