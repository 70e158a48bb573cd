import type { DataScope } from '@onrecord/platform/database';
import { Scope, CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import {
  DistrictObject,
  SchoolConnection,
  SchoolContactObject,
  SchoolObject,
} from './directory.objects';
import {
  CreateSchoolInput,
  SchoolArgs,
  SetEscalationChainArgs,
  UpdateSchoolInput,
} from './school.inputs';
import { SchoolService } from './school.service';
import { EscalationChainService } from './escalation-chain.service';
import { loadContactsOfSchool, loadDistrict, loadEscalationChain } from './directory.loaders';
import { toDistrict, toSchoolContact } from './conversions';

const { ADMIN, ADVOCATE, ANALYST } = MemberRole;

@Resolver(() => SchoolObject)
export class SchoolResolver extends RecordLifecycleResolver({
  name: 'School',
  object: SchoolObject,
  service: SchoolService,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides it from lists; nothing is deleted.',
    delete:
      'Deletes it for good with its escalation chain. Refused while contacts or students belong to it: archive it instead.',
  },
}) {
  constructor(
    private readonly schoolService: SchoolService,
    private readonly chains: EscalationChainService,
  ) {
    super();
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => SchoolObject)
  async school(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<SchoolObject> {
    return this.schoolService.get(scope, id);
  }

  @Roles(ADMIN, ADVOCATE, ANALYST)
  @Query(() => SchoolConnection, { description: 'By name; archived schools only if asked.' })
  async schools(
    @Args() args: SchoolArgs,
    @Scope() scope: DataScope,
  ): Promise<Connection<SchoolObject>> {
    return this.schoolService.list(scope, args.filter, args.first, args.after);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolObject)
  async createSchool(
    @Args('input') input: CreateSchoolInput,
    @Scope() scope: DataScope,
  ): Promise<SchoolObject> {
    return this.schoolService.create(scope, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolObject)
  async updateSchool(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSchoolInput,
    @Scope() scope: DataScope,
  ): Promise<SchoolObject> {
    return this.schoolService.update(scope, id, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolObject, {
    description:
      "Replaces the school's escalation chain: its own staff or district-wide staff of its district, active, each once, in the order given.",
  })
  async setEscalationChain(
    @Args() args: SetEscalationChainArgs,
    @Scope() scope: DataScope,
  ): Promise<SchoolObject> {
    return this.chains.set(scope, args.schoolId, args.contactIds);
  }

  @ResolveField(() => DistrictObject)
  async district(
    @Parent() school: SchoolObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<DistrictObject> {
    const district = await loadDistrict(request, school.districtId);
    // The foreign key makes this impossible; say so plainly if it ever happens.
    if (!district) throw new Error(`School ${school.id} has no district ${school.districtId}`);
    return toDistrict(district);
  }

  @ResolveField(() => [SchoolContactObject], {
    description: 'Its own active staff, by name (district-wide staff are on the district).',
  })
  async contacts(
    @Parent() school: SchoolObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolContactObject[]> {
    return (await loadContactsOfSchool(request, school.id)).map(toSchoolContact);
  }

  @ResolveField(() => [SchoolContactObject], {
    description:
      'Who is asked, in order, when a request goes unanswered. An archived contact stays listed (archivedAt set) until the chain is set again.',
  })
  async escalationChain(
    @Parent() school: SchoolObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolContactObject[]> {
    return (await loadEscalationChain(request, school.id)).map(toSchoolContact);
  }
}
