import type { DataScope } from '@onrecord/platform/database';
import { Scope, CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import {
  DistrictObject,
  SchoolContactConnection,
  SchoolContactObject,
  SchoolObject,
} from './directory.objects';
import {
  CreateSchoolContactInput,
  SchoolContactArgs,
  UpdateSchoolContactInput,
} from './school-contact.inputs';
import { SchoolContactService } from './school-contact.service';
import { loadDistrict, loadSchool } from './directory.loaders';
import { toDistrict, toSchool } from './conversions';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => SchoolContactObject)
export class SchoolContactResolver extends RecordLifecycleResolver({
  name: 'SchoolContact',
  object: SchoolContactObject,
  service: SchoolContactService,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides them from lists; nothing is deleted.',
    delete:
      'Deletes them for good. Refused while they are in an escalation chain or on a request: archive them instead.',
  },
}) {
  constructor(private readonly contacts: SchoolContactService) {
    super();
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => SchoolContactObject)
  async schoolContact(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<SchoolContactObject> {
    return this.contacts.get(scope, id);
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => SchoolContactConnection, {
    description: 'By name; archived contacts only if asked.',
  })
  async schoolContacts(
    @Args() args: SchoolContactArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<SchoolContactObject>> {
    return this.contacts.list(scope, args.filter, args.first, args.after);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolContactObject)
  async createSchoolContact(
    @Args('input') input: CreateSchoolContactInput,
    @Scope() scope: DataScope,
  ): Promise<SchoolContactObject> {
    return this.contacts.create(scope, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolContactObject)
  async updateSchoolContact(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSchoolContactInput,
    @Scope() scope: DataScope,
  ): Promise<SchoolContactObject> {
    return this.contacts.update(scope, id, input);
  }

  @ResolveField(() => DistrictObject)
  async district(
    @Parent() contact: SchoolContactObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<DistrictObject> {
    const district = await loadDistrict(request, contact.districtId);
    if (!district) throw new Error(`Contact ${contact.id} has no district ${contact.districtId}`);
    return toDistrict(district);
  }

  @ResolveField(() => SchoolObject, {
    nullable: true,
    description: 'None for district-wide staff.',
  })
  async school(
    @Parent() contact: SchoolContactObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolObject | null> {
    if (!contact.schoolId) return null;
    const school = await loadSchool(request, contact.schoolId);
    return school ? toSchool(school) : null;
  }
}
