import { Args, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { FamilyRecords } from '@onrecord/platform/auth';
import { AttendanceSummaryArgs } from './attendance-entry.inputs';
import { AttendanceSummaryObject } from './attendance-summary.objects';
import { AttendanceSummaryService } from './attendance-summary.service';

@Resolver()
export class AttendanceSummaryResolver {
  constructor(private readonly summaries: AttendanceSummaryService) {}

  @FamilyRecords()
  @Query(() => AttendanceSummaryObject, {
    description:
      'A student’s attendance over a date range: totals, rates by week and weekday, periods missed, triggers, and attendance before vs. after each support started.',
  })
  async attendanceSummary(
    @Args() args: AttendanceSummaryArgs,
    @Scope() scope: DataScope,
  ): Promise<AttendanceSummaryObject> {
    return this.summaries.summary(scope, args.studentId, args);
  }
}
