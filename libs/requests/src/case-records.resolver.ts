import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseObject } from '@onrecord/cases';
import type { RequestContext } from '@onrecord/platform/graphql';
import { loadCaseCommitments, loadCaseMeetings, loadCaseRequests } from './case-records.loaders';
import { toMeeting } from './meetings/meeting.conversions';
import { MeetingObject } from './meetings/meeting.objects';
import { toCommitment } from './school-responses/school-response.conversions';
import { CommitmentObject } from './school-responses/school-response.objects';
import { toWrittenRequest } from './written-requests/written-request.conversions';
import { WrittenRequestObject } from './written-requests/written-request.objects';

/** A case's requests, meetings and commitments, so a case page needs one query. */
@Resolver(() => CaseObject)
export class CaseRecordsResolver {
  @ResolveField(() => [WrittenRequestObject], {
    description: 'Its written requests (not archived), oldest first.',
  })
  async requests(
    @Parent() parent: CaseObject,
    @Context('request') request: RequestContext,
  ): Promise<WrittenRequestObject[]> {
    const now = new Date();
    return (await loadCaseRequests(request, parent.id)).map((r) => toWrittenRequest(r, now));
  }

  @ResolveField(() => [MeetingObject], {
    description: 'Its meetings (not cancelled), by start time.',
  })
  async meetings(
    @Parent() parent: CaseObject,
    @Context('request') request: RequestContext,
  ): Promise<MeetingObject[]> {
    return (await loadCaseMeetings(request, parent.id)).map(toMeeting);
  }

  @ResolveField(() => [CommitmentObject], {
    description: 'What the school promised in answers to its requests, by due day.',
  })
  async commitments(
    @Parent() parent: CaseObject,
    @Context('request') request: RequestContext,
  ): Promise<CommitmentObject[]> {
    return (await loadCaseCommitments(request, parent.id)).map(toCommitment);
  }
}
