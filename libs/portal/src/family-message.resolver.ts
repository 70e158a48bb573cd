import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Portal } from '@onrecord/platform/auth';
import type { RequestContext } from '@onrecord/platform/graphql';
import { FamilyMessageService } from './family-message.service';
import { PortalMessagesArgs, PortalSendMessageInput } from './family-message.inputs';
import { PortalFamilyMessage } from './family-message.objects';

/** A family's messages to its advocates, from the portal. */
@Resolver()
export class FamilyMessageResolver {
  constructor(private readonly messages: FamilyMessageService) {}

  @Portal()
  @Mutation(() => PortalFamilyMessage, {
    description:
      'Sends a short message to the advocates of one of your cases. They see it on the case and in their daily email.',
  })
  async sendPortalMessage(
    @Args('input') input: PortalSendMessageInput,
    @Context('request') request: RequestContext,
  ): Promise<PortalFamilyMessage> {
    return this.messages.send(await request.scope(), request.guardian(), input);
  }

  @Portal()
  @Query(() => [PortalFamilyMessage], {
    description: 'The messages your family sent on one of your cases, newest first.',
  })
  async portalMessages(
    @Args() args: PortalMessagesArgs,
    @Context('request') request: RequestContext,
  ): Promise<PortalFamilyMessage[]> {
    return this.messages.list(await request.scope(), request.guardian(), args.caseId);
  }
}
