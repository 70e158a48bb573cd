import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Portal } from '@onrecord/platform/auth';
import type { RequestContext } from '@onrecord/platform/graphql';
import { PortalAttendanceArgs } from './portal.inputs';
import { PortalAttendanceSummary } from './portal-pattern.objects';
import { PortalPatternService } from './portal-pattern.service';

/** The attendance pattern of a family's own student, as charts and plain sentences use it. */
@Resolver()
export class PortalPatternResolver {
  constructor(private readonly pattern: PortalPatternService) {}

  @Portal()
  @Query(() => PortalAttendanceSummary, {
    description:
      'Your student’s attendance from one day to another (at most 400 days): by week, by weekday, and what seemed to make it hard.',
  })
  async portalAttendanceSummary(
    @Args() args: PortalAttendanceArgs,
    @Context('request') request: RequestContext,
  ): Promise<PortalAttendanceSummary> {
    return this.pattern.summary(await request.scope(), request.guardian(), args);
  }
}
