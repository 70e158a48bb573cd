import { Args, Field, ID, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import type { DataScope } from '@onrecord/platform/database';
import { Member, Scope, type MemberPrincipal } from '@onrecord/platform/request';
import { MemberRole } from '@onrecord/organizations';
import { SchoolResponseObject, toSchoolResponse } from '@onrecord/requests';
import { InboundMessageObject, toInboundMessage } from '../api/inbound-message.objects';
import { ReplyAnswerInput } from './reply-classification.inputs';
import { ReplyClassificationService } from './reply-classification.service';

const { ADMIN, ADVOCATE } = MemberRole;

@ObjectType('ReplyAnswer', { description: 'A reply recorded as the school\u2019s response.' })
export class ReplyAnswerObject {
  @Field(() => InboundMessageObject) message!: InboundMessageObject;
  @Field(() => SchoolResponseObject) response!: SchoolResponseObject;
}

/** Saying what a captured reply is: the advocates' and admins' decisions. */
@Resolver()
export class ReplyClassificationResolver {
  constructor(private readonly classification: ReplyClassificationService) {}

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => ReplyAnswerObject, {
    description:
      "Records a captured reply as the school's response to the request it is filed under (as recordSchoolResponse: by email, on the day it came, quoting it unless a summary is given). Its follow-ups end unless the answer is a stall. Refused for a bounce, and for a reply in triage (file it first).",
  })
  async recordReplyAsResponse(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: ReplyAnswerInput,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<ReplyAnswerObject> {
    const { message, response } = await this.classification.recordAsAnswer(
      scope,
      member,
      id,
      input,
    );
    return { message: toInboundMessage(message), response: toSchoolResponse(response) };
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => InboundMessageObject, {
    description:
      'A reply waiting to be classified is not an answer to its request: the follow-ups it held go on.',
  })
  async markReplyNotAnAnswer(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<InboundMessageObject> {
    return toInboundMessage(await this.classification.markNotAnAnswer(scope, member, id));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => InboundMessageObject, {
    description:
      'Files a reply under a request: one from triage, or one matched to the wrong request. A reply waiting to be classified then holds that request\u2019s next follow-up.',
  })
  async fileReply(
    @Args('id', { type: () => ID }) id: string,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Scope() scope: DataScope,
  ): Promise<InboundMessageObject> {
    return toInboundMessage(await this.classification.file(scope, id, requestId));
  }

  @Roles(ADMIN, ADVOCATE)
  @Mutation(() => InboundMessageObject, {
    description: "Shares a reply with the case's family (their portal shows it), or stops sharing.",
  })
  async shareReplyWithFamily(
    @Args('id', { type: () => ID }) id: string,
    @Args('shared', { type: () => Boolean }) shared: boolean,
    @Scope() scope: DataScope,
  ): Promise<InboundMessageObject> {
    return toInboundMessage(await this.classification.share(scope, id, shared));
  }
}
