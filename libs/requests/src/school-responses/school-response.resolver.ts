import type { DataScope } from '@onrecord/platform/database';
import {
  Scope,
  Member,
  CurrentRequest,
  type MemberPrincipal,
  type RequestContext,
} from '@onrecord/platform/request';
import { RecordLifecycleResolver } from '@onrecord/platform/graphql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { FamilyRecords, Roles } from '@onrecord/platform/auth';
import { MemberRole } from '@onrecord/organizations';
import { CommitmentObject, SchoolResponseObject } from './school-response.objects';
import {
  SchoolResponseInput,
  SchoolResponsesArgs,
  UpdateSchoolResponseInput,
} from './school-response.inputs';
import { SchoolResponseService } from './school-response.service';
import { toCommitment, toSchoolResponse } from './school-response.conversions';
import { loadRequestResponses, loadResponseCommitments } from './school-response.loaders';
import { WrittenRequestObject } from '../written-requests/written-request.objects';

const { ADMIN, ADVOCATE } = MemberRole;

@Resolver(() => SchoolResponseObject)
export class SchoolResponseResolver extends RecordLifecycleResolver({
  name: 'SchoolResponse',
  object: SchoolResponseObject,
  service: SchoolResponseService,
  toObject: toSchoolResponse,
  archivedBy: Roles(ADMIN, ADVOCATE),
  deletedBy: Roles(ADMIN),
  descriptions: {
    archive: 'Hides the response; a request left with none is SENT (awaiting) again.',
    delete: 'Deletes a response recorded by mistake; refused while it has commitments.',
  },
}) {
  constructor(private readonly responses: SchoolResponseService) {
    super();
  }

  @FamilyRecords()
  @Query(() => SchoolResponseObject)
  async schoolResponse(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<SchoolResponseObject> {
    return toSchoolResponse(await this.responses.get(scope, id));
  }

  @FamilyRecords()
  @Query(() => [SchoolResponseObject], {
    description: "A written request's responses, in the order they were received.",
  })
  async schoolResponses(
    @Args() args: SchoolResponsesArgs,
    @Scope() scope: DataScope,
  ): Promise<SchoolResponseObject[]> {
    const rows = await this.responses.list(scope, args.requestId, args.includeArchived);
    return rows.map(toSchoolResponse);
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolResponseObject, {
    description:
      'Records what the school said, with its commitments, in one step. The request becomes ' +
      'RESPONDED, or PARTIALLY_RESPONDED for a partial answer. DEFERRED_NEEDS_DATA needs a ' +
      'commitment saying what data, how it will be collected and what happens meanwhile.',
  })
  async recordSchoolResponse(
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('input') input: SchoolResponseInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<SchoolResponseObject> {
    return toSchoolResponse(await this.responses.record(scope, member, requestId, input));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => SchoolResponseObject)
  async updateSchoolResponse(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateSchoolResponseInput,
    @Scope() scope: DataScope,
  ): Promise<SchoolResponseObject> {
    return toSchoolResponse(await this.responses.update(scope, id, input));
  }

  @ResolveField(() => [CommitmentObject], {
    description: 'What the school promised in it (not archived), by due day.',
  })
  async commitments(
    @Parent() response: SchoolResponseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<CommitmentObject[]> {
    return (await loadResponseCommitments(request, response.id)).map(toCommitment);
  }
}

/** The responses of a written request. */
@Resolver(() => WrittenRequestObject)
export class WrittenRequestResponsesResolver {
  @ResolveField(() => [SchoolResponseObject], {
    description: 'What the school said (not archived), in the order received.',
  })
  async responses(
    @Parent() writtenRequest: WrittenRequestObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<SchoolResponseObject[]> {
    return (await loadRequestResponses(request, writtenRequest.id)).map(toSchoolResponse);
  }
}
