import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseObject } from '@onrecord/cases';
import type { RequestContext } from '@onrecord/platform/graphql';
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
    @Context('request') request: RequestContext,
  ): Promise<AttendanceSummaryObject> {
    return this.summaries.summary(await request.scope(), caseRecord.studentId, args);
  }
}
