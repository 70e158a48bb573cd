import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import type { RequestContext } from '@onrecord/platform/graphql';
import { MemberRole } from '@onrecord/organizations';
import { AttendanceSummaryArgs } from './attendance-entry.inputs';
import { AttendanceSummaryObject } from './attendance-summary.objects';
import { AttendanceSummaryService } from './attendance-summary.service';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver()
export class AttendanceSummaryResolver {
  constructor(private readonly summaries: AttendanceSummaryService) {}

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => AttendanceSummaryObject, {
    description:
      'A student’s attendance over a date range: totals, rates by week and weekday, periods missed, triggers, and attendance before vs. after each support started.',
  })
  async attendanceSummary(
    @Args() args: AttendanceSummaryArgs,
    @Context('request') request: RequestContext,
  ): Promise<AttendanceSummaryObject> {
    return this.summaries.summary(await request.scope(), args.studentId, args);
  }
}
