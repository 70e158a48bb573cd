import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { CaseObject } from '@onrecord/cases';
import { toMeeting } from './meeting.conversions';
import { loadCaseMeetings } from './meeting.loaders';
import { MeetingObject } from './meeting.objects';

/** A case's meetings, so a case page needs one query. */
@Resolver(() => CaseObject)
export class CaseMeetingsResolver {
  @ResolveField(() => [MeetingObject], {
    description: 'Its meetings (not cancelled), by start time.',
  })
  async meetings(
    @Parent() parent: CaseObject,
    @CurrentRequest() request: RequestContext,
  ): Promise<MeetingObject[]> {
    return (await loadCaseMeetings(request, parent.id)).map(toMeeting);
  }
}
