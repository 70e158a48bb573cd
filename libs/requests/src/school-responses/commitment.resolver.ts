import type { DataScope } from '@onrecord/platform/database';
import {
  Scope,
  Member,
  CurrentRequest,
  type MemberPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { RecordLifecycleResolver, type Connection } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { loadWrittenRequest } from '../written-requests/written-request.loaders';
import { toWrittenRequest } from '../written-requests/written-request.conversions';
import { WrittenRequestObject } from '../written-requests/written-request.objects';
import { MemberRole } from '@onrecord/organizations';
import { notFound } from '@onrecord/platform/errors';
import { CommitmentConnection, CommitmentObject } from './school-response.objects';
import { CommitmentInput, CommitmentsArgs, UpdateCommitmentInput } from './school-response.inputs';
import { CommitmentService } from './commitment.service';
import { CommitmentStatus } from './school-response.enums';
import { toCommitment } from './school-response.conversions';
import { loadOrganizationToday } from './school-response.loaders';
import { isOverdue } from './school-response.rules';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver(() => CommitmentObject)
export class CommitmentResolver extends RecordLifecycleResolver({
  name: 'Commitment',
  object: CommitmentObject,
  service: CommitmentService,
  toObject: toCommitment,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
}) {
  constructor(private readonly service: CommitmentService) {
    super();
  }

  @FamilyRecords()
  @Query(() => CommitmentObject)
  async commitment(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<CommitmentObject> {
    return toCommitment(await this.service.get(scope, id));
  }

  @FamilyRecords()
  @Query(() => CommitmentConnection, {
    description: 'Commitments by due day, soonest first; archived ones only when asked for.',
  })
  async commitments(
    @Args() args: CommitmentsArgs,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<Connection<CommitmentObject>> {
    return this.service.list(scope, args, member.membership.id);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject, { description: 'A commitment added to a response later.' })
  async addCommitment(
    @Args('responseId', { type: () => ID }) responseId: string,
    @Args('input') input: CommitmentInput,
    @Scope() scope: DataScope,
  ): Promise<CommitmentObject> {
    return toCommitment(await this.service.add(scope, responseId, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject)
  async updateCommitment(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCommitmentInput,
    @Scope() scope: DataScope,
  ): Promise<CommitmentObject> {
    return toCommitment(await this.service.update(scope, id, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject, { description: 'The school did what it promised, on `on`.' })
  async markCommitmentMet(
    @Args('id', { type: () => ID }) id: string,
    @Args('on', { type: () => String, description: 'YYYY-MM-DD' }) on: string,
    @Scope() scope: DataScope,
  ): Promise<CommitmentObject> {
    return toCommitment(await this.service.resolve(scope, id, CommitmentStatus.MET, on));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject, { description: 'The school did not keep it; noted on `on`.' })
  async markCommitmentMissed(
    @Args('id', { type: () => ID }) id: string,
    @Args('on', { type: () => String, description: 'YYYY-MM-DD' }) on: string,
    @Scope() scope: DataScope,
  ): Promise<CommitmentObject> {
    return toCommitment(await this.service.resolve(scope, id, CommitmentStatus.MISSED, on));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject, { description: 'Back to OPEN (resolvedOn cleared).' })
  async reopenCommitment(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<CommitmentObject> {
    return toCommitment(await this.service.resolve(scope, id, CommitmentStatus.OPEN, null));
  }

  @ResolveField(() => WrittenRequestObject, {
    description: 'The written request whose answer carried it (and, through it, the case).',
  })
  async request(
    @Parent() commitment: CommitmentObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<WrittenRequestObject> {
    // The request is the commitment's by a foreign key: always there, archived or not.
    const found = await loadWrittenRequest(request, commitment.requestId);
    if (!found) throw notFound('Written request');
    return toWrittenRequest(found);
  }

  @ResolveField(() => Boolean, {
    description: "OPEN past its due day (in the organization's time zone); computed when read.",
  })
  async overdue(
    @Parent() commitment: CommitmentObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<boolean> {
    if (commitment.status !== CommitmentStatus.OPEN) return false;
    const today = await loadOrganizationToday(request, commitment.organizationId);
    return isOverdue(commitment.status, commitment.dueOn, today);
  }
}
