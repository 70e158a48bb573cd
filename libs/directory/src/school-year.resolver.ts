import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope, CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import {
  DistrictObject,
  NonSchoolDayObject,
  SchoolCalendarImportObject,
  SchoolCalendarPreviewObject,
  SchoolYearObject,
} from './directory.objects';
import {
  AddNonSchoolDaysArgs,
  CreateSchoolYearInput,
  ImportSchoolCalendarInput,
  RemoveNonSchoolDaysArgs,
  UpdateSchoolYearInput,
} from './school-year.inputs';
import { SchoolYearService } from './school-year.service';
import { SchoolCalendarImportService } from './school-calendar-import.service';
import { loadDistrict, loadNonSchoolDays } from './directory.loaders';
import { toDistrict, toNonSchoolDay } from './conversions';
import { countWeekdays } from './school-days';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => SchoolYearObject)
export class SchoolYearResolver {
  constructor(
    private readonly schoolYears: SchoolYearService,
    private readonly calendarImport: SchoolCalendarImportService,
  ) {}

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => SchoolYearObject)
  async schoolYear(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<SchoolYearObject> {
    return this.schoolYears.get(scope, id);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolYearObject)
  async createSchoolYear(
    @Args('input') input: CreateSchoolYearInput,
    @Scope() scope: DataScope,
  ): Promise<SchoolYearObject> {
    return this.schoolYears.create(scope, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolYearObject, {
    description: 'Non-school days left outside a shortened year are removed.',
  })
  async updateSchoolYear(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSchoolYearInput,
    @Scope() scope: DataScope,
  ): Promise<SchoolYearObject> {
    return this.schoolYears.update(scope, id, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolYearObject)
  async addNonSchoolDays(
    @Args() args: AddNonSchoolDaysArgs,
    @Scope() scope: DataScope,
  ): Promise<SchoolYearObject> {
    return this.schoolYears.addNonSchoolDays(scope, args.schoolYearId, args.days);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolYearObject)
  async removeNonSchoolDays(
    @Args() args: RemoveNonSchoolDaysArgs,
    @Scope() scope: DataScope,
  ): Promise<SchoolYearObject> {
    return this.schoolYears.removeNonSchoolDays(scope, args.schoolYearId, args.dates);
  }

  @Roles(ADMIN)
  @Mutation(() => SchoolYearObject, { description: 'Deletes it with its non-school days.' })
  async deleteSchoolYear(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<SchoolYearObject> {
    return this.schoolYears.delete(scope, id);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolCalendarImportObject, {
    description:
      "Imports a district's iCalendar (.ics) as a school year, or replaces the one with the same label.",
  })
  async importSchoolCalendar(
    @Args('input') input: ImportSchoolCalendarInput,
    @Scope() scope: DataScope,
  ): Promise<SchoolCalendarImportObject> {
    return this.calendarImport.import(scope, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Query(() => SchoolCalendarPreviewObject, {
    description:
      'Reads and checks an iCalendar (.ics) as importSchoolCalendar would, saving nothing: to review before importing.',
  })
  async previewSchoolCalendar(
    @Args('input') input: ImportSchoolCalendarInput,
    @Scope() scope: DataScope,
  ): Promise<SchoolCalendarPreviewObject> {
    return this.calendarImport.preview(scope, input);
  }

  @ResolveField(() => [NonSchoolDayObject], { description: 'In date order.' })
  async nonSchoolDays(
    @Parent() year: SchoolYearObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<NonSchoolDayObject[]> {
    return (await loadNonSchoolDays(request, year.id)).map(toNonSchoolDay);
  }

  @ResolveField(() => Int, {
    description: 'Weekdays from the first to the last day, less the non-school days.',
  })
  async schoolDayCount(
    @Parent() year: SchoolYearObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<number> {
    const days = await loadNonSchoolDays(request, year.id);
    const inside = days.filter((d) => d.date >= year.firstDay && d.date <= year.lastDay);
    return countWeekdays(year.firstDay, year.lastDay) - inside.length;
  }

  @ResolveField(() => DistrictObject)
  async district(
    @Parent() year: SchoolYearObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<DistrictObject> {
    const district = await loadDistrict(request, year.districtId);
    if (!district) throw new Error(`School year ${year.id} has no district ${year.districtId}`);
    return toDistrict(district);
  }
}
