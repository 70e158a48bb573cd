import { Args, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope, Guardian, type PortalPrincipal } from '@onrecord/platform/request';
import { Portal } from '@onrecord/platform/auth';
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
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalAttendanceSummary> {
    return this.pattern.summary(scope, guardian, args);
  }
}
