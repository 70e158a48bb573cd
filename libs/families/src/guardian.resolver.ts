import { RecordLifecycleResolver } from '@onrecord/platform/graphql';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { notFound, type RequestContext } from '@onrecord/platform/graphql';
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
    @Context('request') request: RequestContext,
  ): Promise<GuardianObject> {
    return toGuardian(await this.guardianService.get(await request.scope(), id));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => GuardianObject, { description: 'Adds a guardian to an active family.' })
  async addGuardian(
    @Args('familyId', { type: () => ID }) familyId: string,
    @Args('input') input: GuardianInput,
    @Context('request') request: RequestContext,
  ): Promise<GuardianObject> {
    const { organizationId } = request.member();
    const scope = await request.scope();
    return toGuardian(await this.guardianService.add(scope, organizationId, familyId, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => GuardianObject)
  async updateGuardian(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateGuardianInput,
    @Context('request') request: RequestContext,
  ): Promise<GuardianObject> {
    return toGuardian(await this.guardianService.update(await request.scope(), id, input));
  }

  @ResolveField(() => FamilyObject)
  async family(
    @Parent() guardian: GuardianObject,
    @Context('request') request: RequestContext,
  ): Promise<FamilyObject> {
    const family = await loadFamily(request, guardian.familyId);
    if (!family) throw notFound('Family');
    return toFamily(family);
  }
}
