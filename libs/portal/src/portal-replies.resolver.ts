import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { PortalCase } from './portal.objects';
import { PortalReply } from './portal-reply.objects';
import { PortalRepliesService } from './portal-replies.service';

/** The school's replies on a family's case, once their advocate shared them. */
@Resolver(() => PortalCase)
export class PortalRepliesResolver {
  constructor(private readonly replies: PortalRepliesService) {}

  // Its parent came from a portal query; the service still starts from the caller's own
  // families, so the field can never show another family's replies whatever reaches it.
  @ResolveField(() => [PortalReply], {
    description:
      'Replies from the school your advocate shared with you, newest first: who wrote, when, the subject and the words (plain text); attached files by name only.',
  })
  async sharedReplies(
    @Parent() parent: PortalCase,
    @CurrentRequest() request: RequestContext,
  ): Promise<PortalReply[]> {
    const principal = request.guardian();
    const replies = await request
      .loader<string, PortalReply[]>('portal-shared-replies', (scope, caseIds) =>
        this.replies.forCases(scope, principal, caseIds),
      )
      .load(parent.id);
    return replies ?? [];
  }
}
