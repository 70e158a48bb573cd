import type { DataScope } from '@onrecord/platform/database';
import { Scope, CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import {
  DistrictConnection,
  DistrictObject,
  SchoolContactObject,
  SchoolObject,
  SchoolYearObject,
} from './directory.objects';
import { CreateDistrictInput, DistrictArgs, UpdateDistrictInput } from './district.inputs';
import { DistrictService } from './district.service';
import {
  loadDistrictStaff,
  loadSchoolsOfDistrict,
  loadSchoolYearsOfDistrict,
} from './directory.loaders';
import { toSchool, toSchoolContact, toSchoolYear } from './conversions';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => DistrictObject)
export class DistrictResolver extends RecordLifecycleResolver({
  name: 'District',
  object: DistrictObject,
  service: DistrictService,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides it from lists; nothing is deleted.',
    delete:
      'Deletes it for good with its school calendars. Refused while it has schools or contacts: archive it instead.',
  },
}) {
  constructor(private readonly districtService: DistrictService) {
    super();
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => DistrictObject)
  async district(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<DistrictObject> {
    return this.districtService.get(scope, id);
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => DistrictConnection, { description: 'By name; archived districts only if asked.' })
  async districts(
    @Args() args: DistrictArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<DistrictObject>> {
    return this.districtService.list(scope, args.filter, args.first, args.after);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => DistrictObject)
  async createDistrict(
    @Args('input') input: CreateDistrictInput,
    @Scope() scope: DataScope,
  ): Promise<DistrictObject> {
    return this.districtService.create(scope, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => DistrictObject)
  async updateDistrict(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateDistrictInput,
    @Scope() scope: DataScope,
  ): Promise<DistrictObject> {
    return this.districtService.update(scope, id, input);
  }

  @ResolveField(() => [SchoolObject], { description: 'By name.' })
  async schools(
    @Parent() district: DistrictObject,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolObject[]> {
    return (await loadSchoolsOfDistrict(request, district.id, includeArchived)).map(toSchool);
  }

  @ResolveField(() => [SchoolYearObject], { description: 'Its school calendars, oldest first.' })
  async schoolYears(
    @Parent() district: DistrictObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolYearObject[]> {
    return (await loadSchoolYearsOfDistrict(request, district.id)).map(toSchoolYear);
  }

  @ResolveField(() => [SchoolContactObject], {
    description: 'Its active district-wide staff (contacts of no one school), by name.',
  })
  async contacts(
    @Parent() district: DistrictObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolContactObject[]> {
    return (await loadDistrictStaff(request, district.id)).map(toSchoolContact);
  }
}
