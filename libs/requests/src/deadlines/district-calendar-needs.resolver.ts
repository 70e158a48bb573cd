import { Args, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { Organization, MemberRole } from '@onrecord/organizations';
import { Roles } from '@onrecord/platform/auth';
import { todayIn } from '@onrecord/platform/text';
import {
  districtCalendarNeeds,
  DistrictCalendarNeedObject,
  DistrictCalendarNeedsArgs,
} from './district-calendar-needs';

const { ADMIN, ADVOCATE } = MemberRole;

/** Tells admins (and advocates) which districts need a school calendar, and why. */
@Resolver(() => DistrictCalendarNeedObject)
export class DistrictCalendarNeedsResolver {
  @Roles(ADMIN, ADVOCATE)
  @Query(() => [DistrictCalendarNeedObject], {
    description:
      "Districts without a school calendar for the current school year (or the next, from lookAheadDays before July 1), or for a year an open request's deadline was counted without: their school-day deadlines are provisional until it is added. By district name.",
  })
  async districtsMissingCalendars(
    @Args() args: DistrictCalendarNeedsArgs,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<DistrictCalendarNeedObject[]> {
    if (args.asOf) return districtCalendarNeeds(scope, args.asOf, args.lookAheadDays);
    const organization = await scope.manager.findOne(Organization, {
      where: { id: member.organizationId },
      select: { id: true, timeZone: true },
    });
    const today = todayIn(organization?.timeZone ?? 'UTC');
    return districtCalendarNeeds(scope, today, args.lookAheadDays);
  }
}
