import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { DeadlineTrigger } from '../deadlines/deadline-trigger';
import { RequestDeadlineObject } from '../deadlines/request-deadline.objects';
import { DeliveryChannel, WrittenRequestStatus, WrittenRequestType } from './written-request.enums';

/**
 * The written request's GraphQL types. Its case and recipients are field resolvers backed by
 * DataLoaders (written-request-fields.resolver.ts); its deadline is converted from the
 * engine's stored result (deadlines/request-deadline.conversions.ts), the same way for a preview.
 */

@ObjectType('RequestAttachment', {
  description: 'What was attached: its description, not its bytes.',
})
export class RequestAttachmentObject {
  @Field(() => ID) id!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { nullable: true }) contentType!: string | null;
  @Field(() => Float, { nullable: true }) sizeBytes!: number | null;
  @Field(() => String) description!: string;
}

@ObjectType('WrittenRequest', { description: 'What was asked of the school, in writing.' })
export class WrittenRequestObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => WrittenRequestType) type!: WrittenRequestType;
  @Field(() => DeadlineTrigger, { description: 'What starts the clock.' })
  trigger!: DeadlineTrigger;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => DeliveryChannel, { nullable: true }) channel!: DeliveryChannel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The Message-ID of the email that carried it; follow-ups reply in its thread.',
  })
  emailMessageId!: string | null;
  @Field(() => Boolean, {
    description:
      'Emailed by OnRecord (emailWrittenRequest); false when the advocate sent it themselves.',
  })
  sentFromOnRecord!: boolean;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Since when a captured reply waits to be classified (the oldest); its next follow-up to the school is held meanwhile. Null when none waits.',
  })
  replyWaitingSince!: Date | null;
  @Field(() => WrittenRequestStatus) status!: WrittenRequestStatus;
  @Field(() => Boolean, {
    description: 'SENT, no response, and past its deadline (computed when read).',
  })
  overdue!: boolean;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) sentOn!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: when the school received it.' })
  receivedOn!: string | null;
  @Field(() => String, { description: "Why a recipient outside the student's district is right." })
  recipientNote!: string;
  @Field(() => RequestDeadlineObject, {
    nullable: true,
    description: 'None until sent (use deadlinePreview while drafting).',
  })
  deadline!: RequestDeadlineObject | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) closedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  withdrawnReason!: string | null;
  @Field(() => ID, { nullable: true }) createdByUserId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
export const WrittenRequestConnection = ConnectionType(WrittenRequestObject, 'WrittenRequest');
