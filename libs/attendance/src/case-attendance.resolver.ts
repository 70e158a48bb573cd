import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { CaseObject } from '@onrecord/cases';
import { AttendanceRangeArgs } from './attendance-entry.inputs';
import { AttendanceSummaryObject } from './attendance-summary.objects';
import { AttendanceSummaryService } from './attendance-summary.service';

/** A case's attendance is its student's: the summary, on the case. */
@Resolver(() => CaseObject)
export class CaseAttendanceResolver {
  constructor(private readonly summaries: AttendanceSummaryService) {}

  @ResolveField(() => AttendanceSummaryObject, {
    description: 'The student’s attendance summary (by week, weekday, period; triggers; supports).',
  })
  async attendanceSummary(
    @Parent() caseRecord: CaseObject,
    @Args({ type: () => AttendanceRangeArgs }) args: AttendanceRangeArgs,
    @Scope() scope: DataScope,
  ): Promise<AttendanceSummaryObject> {
    return this.summaries.summary(scope, caseRecord.studentId, args);
  }
}
