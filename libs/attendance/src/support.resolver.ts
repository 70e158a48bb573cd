import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { RecordLifecycleResolver } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
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
    @Scope() scope: DataScope,
  ): Promise<SupportObject[]> {
    return this.supportService.list(scope, studentId, includeArchived);
  }

  @FamilyRecords()
  @Query(() => SupportObject)
  async support(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<SupportObject> {
    return this.supportService.get(scope, id);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SupportObject)
  async addSupport(
    @Args('studentId', { type: () => ID }) studentId: string,
    @Args('input') input: SupportInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<SupportObject> {
    return this.supportService.add(scope, member, studentId, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SupportObject, {
    description: 'Its dates cannot move so that an entry listing it falls outside them.',
  })
  async updateSupport(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSupportInput,
    @Scope() scope: DataScope,
  ): Promise<SupportObject> {
    return this.supportService.update(scope, id, input);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SupportObject, { description: 'Records the last day it was in place.' })
  async endSupport(
    @Args('id', { type: () => ID }) id: string,
    @Args('endedOn', { description: 'YYYY-MM-DD.' }) endedOn: string,
    @Scope() scope: DataScope,
  ): Promise<SupportObject> {
    return this.supportService.end(scope, id, endedOn);
  }
}
