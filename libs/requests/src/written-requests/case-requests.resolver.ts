import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { CaseObject } from '@onrecord/cases';
import { toWrittenRequest } from './written-request.conversions';
import { loadCaseRequests } from './written-request.loaders';
import { WrittenRequestObject } from './written-request.objects';

/**
 * A case's written requests, so a case page needs one query. Its meetings and commitments
 * are fields of their own features (meetings/, school-responses/).
 */
@Resolver(() => CaseObject)
export class CaseRequestsResolver {
  @ResolveField(() => [WrittenRequestObject], {
    description: 'Its written requests (not archived), oldest first.',
  })
  async requests(
    @Parent() parent: CaseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<WrittenRequestObject[]> {
    const now = new Date();
    return (await loadCaseRequests(request, parent.id)).map((r) => toWrittenRequest(r, now));
  }
}
