import { RecordLifecycleResolver } from '@onrecord/platform/graphql';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import type { RequestContext } from '@onrecord/platform/graphql';
import { MemberRole } from '@onrecord/organizations';
import { SupportInput, UpdateSupportInput } from './support.inputs';
import { SupportObject } from './support.objects';
import { SupportService } from './support.service';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver(() => SupportObject)
export class SupportResolver extends RecordLifecycleResolver({
  name: 'Support',
  object: SupportObject,
  service: SupportService,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: { delete: 'Refused while attendance entries list it: archive it instead.' },
}) {
  constructor(private readonly supportService: SupportService) {
    super();
  }

  @FamilyRecords()
  @Query(() => [SupportObject], { description: 'A student’s supports, oldest first.' })
  async supports(
    @Args('studentId', { type: () => ID }) studentId: string,
    @Args('includeArchived', { type: () => Boolean, defaultValue: false }) includeArchived: boolean,
    @Context('request') request: RequestContext,
  ): Promise<SupportObject[]> {
    return this.supportService.list(await request.scope(), studentId, includeArchived);
  }

  @FamilyRecords()
  @Query(() => SupportObject)
  async support(
    @Args('id', { type: () => ID }) id: string,
    @Context('request') request: RequestContext,
  ): Promise<SupportObject> {
    return this.supportService.get(await request.scope(), id);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SupportObject)
  async addSupport(
    @Args('studentId', { type: () => ID }) studentId: string,
    @Args('input') input: SupportInput,
    @Context('request') request: RequestContext,
  ): Promise<SupportObject> {
    return this.supportService.add(await request.scope(), request.member(), studentId, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SupportObject, {
    description: 'Its dates cannot move so that an entry listing it falls outside them.',
  })
  async updateSupport(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSupportInput,
    @Context('request') request: RequestContext,
  ): Promise<SupportObject> {
    return this.supportService.update(await request.scope(), id, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SupportObject, { description: 'Records the last day it was in place.' })
  async endSupport(
    @Args('id', { type: () => ID }) id: string,
    @Args('endedOn', { description: 'YYYY-MM-DD.' }) endedOn: string,
    @Context('request') request: RequestContext,
  ): Promise<SupportObject> {
    return this.supportService.end(await request.scope(), id, endedOn);
  }
}
