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
import { loadWrittenRequest } from '../written-requests/written-request.loaders';
import { toWrittenRequest } from '../written-requests/written-request.conversions';
import { WrittenRequestObject } from '../written-requests/written-request.objects';
import { MemberRole } from '@onrecord/organizations';
import { notFound, type Connection, type RequestContext } from '@onrecord/platform/graphql';
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
    @Context('request') request: RequestContext,
  ): Promise<CommitmentObject> {
    return toCommitment(await this.service.get(await request.scope(), id));
  }

  @FamilyRecords()
  @Query(() => CommitmentConnection, {
    description: 'Commitments by due day, soonest first; archived ones only when asked for.',
  })
  async commitments(
    @Args() args: CommitmentsArgs,
    @Context('request') request: RequestContext,
  ): Promise<Connection<CommitmentObject>> {
    const scope = await request.scope();
    const member = request.member();
    return this.service.list(scope, member.organizationId, args, member.membership.id);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject, { description: 'A commitment added to a response later.' })
  async addCommitment(
    @Args('responseId', { type: () => ID }) responseId: string,
    @Args('input') input: CommitmentInput,
    @Context('request') request: RequestContext,
  ): Promise<CommitmentObject> {
    return toCommitment(await this.service.add(await request.scope(), responseId, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject)
  async updateCommitment(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateCommitmentInput,
    @Context('request') request: RequestContext,
  ): Promise<CommitmentObject> {
    return toCommitment(await this.service.update(await request.scope(), id, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject, { description: 'The school did what it promised, on `on`.' })
  async markCommitmentMet(
    @Args('id', { type: () => ID }) id: string,
    @Args('on', { type: () => String, description: 'YYYY-MM-DD' }) on: string,
    @Context('request') request: RequestContext,
  ): Promise<CommitmentObject> {
    const scope = await request.scope();
    return toCommitment(await this.service.resolve(scope, id, CommitmentStatus.MET, on));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject, { description: 'The school did not keep it; noted on `on`.' })
  async markCommitmentMissed(
    @Args('id', { type: () => ID }) id: string,
    @Args('on', { type: () => String, description: 'YYYY-MM-DD' }) on: string,
    @Context('request') request: RequestContext,
  ): Promise<CommitmentObject> {
    const scope = await request.scope();
    return toCommitment(await this.service.resolve(scope, id, CommitmentStatus.MISSED, on));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => CommitmentObject, { description: 'Back to OPEN (resolvedOn cleared).' })
  async reopenCommitment(
    @Args('id', { type: () => ID }) id: string,
    @Context('request') request: RequestContext,
  ): Promise<CommitmentObject> {
    const scope = await request.scope();
    return toCommitment(await this.service.resolve(scope, id, CommitmentStatus.OPEN, null));
  }

  @ResolveField(() => WrittenRequestObject, {
    description: 'The written request whose answer carried it (and, through it, the case).',
  })
  async request(
    @Parent() commitment: CommitmentObject,
    @Context('request') request: RequestContext,
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
    @Context('request') request: RequestContext,
  ): Promise<boolean> {
    if (commitment.status !== CommitmentStatus.OPEN) return false;
    const today = await loadOrganizationToday(request, commitment.organizationId);
    return isOverdue(commitment.status, commitment.dueOn, today);
  }
}
