import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { CaseObject } from '@onrecord/cases';
import { toCommitment } from './school-response.conversions';
import { loadCaseCommitments } from './school-response.loaders';
import { CommitmentObject } from './school-response.objects';

/** What the school promised in a case, so a case page needs one query. */
@Resolver(() => CaseObject)
export class CaseCommitmentsResolver {
  @ResolveField(() => [CommitmentObject], {
    description: 'What the school promised in answers to its requests, by due day.',
  })
  async commitments(
    @Parent() parent: CaseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<CommitmentObject[]> {
    return (await loadCaseCommitments(request, parent.id)).map(toCommitment);
  }
}
