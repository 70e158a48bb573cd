import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope, Guardian, type PortalPrincipal } from '@onrecord/platform/request';
import { Portal } from '@onrecord/platform/auth';
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
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalFamilyMessage> {
    return this.messages.send(scope, guardian, input);
  }

  @Portal()
  @Query(() => [PortalFamilyMessage], {
    description: 'The messages your family sent on one of your cases, newest first.',
  })
  async portalMessages(
    @Args() args: PortalMessagesArgs,
    @Scope() scope: DataScope,
    @Guardian() guardian: PortalPrincipal,
  ): Promise<PortalFamilyMessage[]> {
    return this.messages.list(scope, guardian, args.caseId);
  }
}
