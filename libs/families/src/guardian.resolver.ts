import type { DataScope } from '@onrecord/platform/database';
import { Scope, CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { RecordLifecycleResolver } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { notFound } from '@onrecord/platform/errors';
import { MemberRole } from '@onrecord/organizations';
import { toFamily, toGuardian } from './conversions';
import { loadFamily } from './family.loaders';
import { FamilyObject } from './family.objects';
import { GuardianInput, UpdateGuardianInput } from './guardian.inputs';
import { GuardianObject } from './guardian.objects';
import { GuardianService } from './guardian.service';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver(() => GuardianObject)
export class GuardianResolver extends RecordLifecycleResolver({
  name: 'Guardian',
  object: GuardianObject,
  service: GuardianService,
  toObject: toGuardian,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides the guardian; nothing is deleted.',
    delete: 'Deletes for good; refused while other records refer to the guardian.',
  },
}) {
  constructor(private readonly guardianService: GuardianService) {
    super();
  }

  @FamilyRecords()
  @Query(() => GuardianObject)
  async guardian(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<GuardianObject> {
    return toGuardian(await this.guardianService.get(scope, id));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => GuardianObject, { description: 'Adds a guardian to an active family.' })
  async addGuardian(
    @Args('familyId', { type: () => ID }) familyId: string,
    @Args('input') input: GuardianInput,
    @Scope() scope: DataScope,
  ): Promise<GuardianObject> {
    return toGuardian(await this.guardianService.add(scope, familyId, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => GuardianObject)
  async updateGuardian(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateGuardianInput,
    @Scope() scope: DataScope,
  ): Promise<GuardianObject> {
    return toGuardian(await this.guardianService.update(scope, id, input));
  }

  @ResolveField(() => FamilyObject)
  async family(
    @Parent() guardian: GuardianObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<FamilyObject> {
    const family = await loadFamily(request, guardian.familyId);
    if (!family) throw notFound('Family');
    return toFamily(family);
  }
}
