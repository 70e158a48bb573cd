import type { DataScope } from '@onrecord/platform/database';
import { Scope, CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { toFamily, toGuardian, toStudent } from './conversions';
import { FamiliesArgs, CreateFamilyInput, UpdateFamilyInput } from './family.inputs';
import { loadGuardiansOf, loadStudentsOf } from './family.loaders';
import { FamilyConnection, FamilyObject } from './family.objects';
import { FamilyService } from './family.service';
import { GuardianObject } from './guardian.objects';
import { StudentObject } from './student.objects';

const { ADMIN, ADVOCATE } = MemberRole;
const INCLUDE_ARCHIVED = { type: () => Boolean, defaultValue: false } as const;

@Resolver(() => FamilyObject)
export class FamilyResolver extends RecordLifecycleResolver({
  name: 'Family',
  object: FamilyObject,
  service: FamilyService,
  toObject: toFamily,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides the family from lists; nothing is deleted.',
    delete: 'Deletes for good; refused while guardians, students or cases refer to it.',
  },
}) {
  constructor(private readonly familyService: FamilyService) {
    super();
  }

  @FamilyRecords()
  @Query(() => FamilyObject)
  async family(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<FamilyObject> {
    return toFamily(await this.familyService.get(scope, id));
  }

  @FamilyRecords()
  @Query(() => FamilyConnection, {
    description: 'By household name. Archived families only with includeArchived.',
  })
  async families(
    @Args() args: FamiliesArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<FamilyObject>> {
    return this.familyService.list(scope, args.filter, args.first, args.after);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FamilyObject, {
    description: 'Intake: the family with its guardians and students, all or nothing.',
  })
  async createFamily(
    @Args('input') input: CreateFamilyInput,
    @Scope() scope: DataScope,
  ): Promise<FamilyObject> {
    return toFamily(await this.familyService.create(scope, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => FamilyObject)
  async updateFamily(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateFamilyInput,
    @Scope() scope: DataScope,
  ): Promise<FamilyObject> {
    return toFamily(await this.familyService.update(scope, id, input));
  }

  @ResolveField(() => [GuardianObject], { description: 'By name.' })
  async guardians(
    @Parent() family: FamilyObject,
    @Args('includeArchived', INCLUDE_ARCHIVED) includeArchived: boolean,
    @CurrentRequest() request: RequestContext,
  ): Promise<GuardianObject[]> {
    return (await loadGuardiansOf(request, family.id, includeArchived)).map(toGuardian);
  }

  @ResolveField(() => [StudentObject], { description: 'By name.' })
  async students(
    @Parent() family: FamilyObject,
    @Args('includeArchived', INCLUDE_ARCHIVED) includeArchived: boolean,
    @CurrentRequest() request: RequestContext,
  ): Promise<StudentObject[]> {
    return (await loadStudentsOf(request, family.id, includeArchived)).map(toStudent);
  }
}
