import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import {
  Scope,
  Member,
  CurrentRequest,
  type MemberPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import type { Connection } from '@onrecord/platform/graphql';
import { MemberRole } from '@onrecord/organizations';
import {
  AttendanceEntriesArgs,
  RecordAttendanceInput,
  RecordAttendanceWeekInput,
} from './attendance-entry.inputs';
import { AttendanceEntryConnection, AttendanceEntryObject } from './attendance-entry.objects';
import { AttendanceEntryService, memberAuthor } from './attendance-entry.service';
import { loadEntrySupports } from './attendance.loaders';
import { toSupport } from './conversions';
import { SupportObject } from './support.objects';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver(() => AttendanceEntryObject)
export class AttendanceEntryResolver {
  constructor(private readonly entries: AttendanceEntryService) {}

  @FamilyRecords()
  @Query(() => AttendanceEntryObject)
  async attendanceEntry(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<AttendanceEntryObject> {
    return this.entries.get(scope, id);
  }

  @FamilyRecords()
  @Query(() => AttendanceEntryConnection, { description: 'A student’s entries, in date order.' })
  async attendanceEntries(
    @Args() args: AttendanceEntriesArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<AttendanceEntryObject>> {
    return this.entries.list(scope, args);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => AttendanceEntryObject, {
    description:
      'Records how the student’s day went, replacing what was recorded for that date. A day the district calendar has no school on is refused unless acknowledgeNonSchoolDay is true.',
  })
  async recordAttendance(
    @Args('input') input: RecordAttendanceInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<AttendanceEntryObject> {
    return this.entries.record(scope, memberAuthor(member), input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => [AttendanceEntryObject], {
    description: 'Records a week of days at once: all of them, or none. Errors name days.N.field.',
  })
  async recordAttendanceWeek(
    @Args('input') input: RecordAttendanceWeekInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<AttendanceEntryObject[]> {
    return this.entries.recordWeek(scope, memberAuthor(member), input);
  }

  // Advocates too, not only admins: an entry is data entry that nothing else depends on.
  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => AttendanceEntryObject, { description: 'Deletes an entry made by mistake.' })
  async deleteAttendanceEntry(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<AttendanceEntryObject> {
    return this.entries.delete(scope, id);
  }

  @ResolveField('supports', () => [SupportObject], { description: 'Supports in place that day.' })
  async supports(
    @Parent() entry: AttendanceEntryObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SupportObject[]> {
    return (await loadEntrySupports(request, entry.id)).map(toSupport);
  }
}
