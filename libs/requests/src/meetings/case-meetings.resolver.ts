import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CaseObject } from '@onrecord/cases';
import type { RequestContext } from '@onrecord/platform/graphql';
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
    @Context('request') request: RequestContext,
  ): Promise<MeetingObject[]> {
    return (await loadCaseMeetings(request, parent.id)).map(toMeeting);
  }
}
