import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { FollowUpKind, FollowUpStatus, FollowUpSubject } from '../model/follow-up-enums';
import { FollowUpAttemptOutcome } from '../model/follow-up-attempt.entity';

registerEnumType(FollowUpAttemptOutcome, {
  name: 'FollowUpAttemptOutcome',
  description: 'How a delivery attempt ended.',
  valuesMap: {
    ACCEPTED: {
      description: 'The mail server took the message (its answer is in serverResponse).',
    },
    TEMPORARY_FAILURE: { description: 'Refused for now (4xx, no connection): tried again later.' },
    PERMANENT_FAILURE: { description: 'Refused for good (5xx, or no address on file).' },
    INTERRUPTED: {
      description:
        'No answer was recorded: the worker stopped while the message was in flight and a later attempt took over. The server may have taken it then.',
    },
  },
});

@ObjectType('FollowUpAttempt', {
  description:
    'One attempt to deliver a follow-up. If the same message went out twice (after a crash), both attempts are listed; sentAt is the first acceptance.',
})
export class FollowUpAttemptObject {
  @Field(() => Int, { description: '1 for the first attempt.' }) attempt!: number;
  @Field() messageId!: string;
  @Field({ description: 'When the worker handed it to the mail server.' }) startedAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the server answered (or the attempt was found interrupted); null while in flight.',
  })
  finishedAt!: Date | null;
  @Field(() => FollowUpAttemptOutcome, { nullable: true, description: 'Null while in flight.' })
  outcome!: FollowUpAttemptOutcome | null;
  @Field(() => String, { nullable: true, description: 'What the mail server said.' })
  serverResponse!: string | null;
}

@ObjectType('FollowUpRecipient')
export class FollowUpRecipientObject {
  @Field() name!: string;
  @Field({ description: 'Empty when none is on file: the follow-up cannot go out to them.' })
  email!: string;
  @Field(() => ID, { nullable: true }) contactId!: string | null;
  @Field(() => ID, { nullable: true }) guardianId!: string | null;
  @Field(() => ID, { nullable: true }) userId!: string | null;
}

@ObjectType('FollowUp', {
  description:
    'A message owed because a written request or a commitment is approaching or past its deadline unanswered. Sent ones are evidence: they stay as sent.',
})
export class FollowUpObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { description: 'The request, or the request the commitment answered.' })
  requestId!: string;
  @Field(() => ID, { nullable: true }) commitmentId!: string | null;
  @Field(() => FollowUpSubject) about!: FollowUpSubject;
  @Field(() => FollowUpKind) kind!: FollowUpKind;
  @Field(() => Int, { description: '1, then 2, 3… for the escalations after a follow-up.' })
  sequence!: number;
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => [FollowUpRecipientObject]) recipients!: FollowUpRecipientObject[];
  @Field(() => [FollowUpRecipientObject]) cc!: FollowUpRecipientObject[];
  @Field({ description: 'When it is owed (inside the sending window).' })
  scheduledAt!: Date;
  @Field({ description: "Waits as a draft for an advocate's approval when due." })
  requiresApproval!: boolean;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) messageId!: string | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When the mail server first accepted it (the first acceptance on record, if it went out again after a crash).',
  })
  sentAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'What the mail server said last.' })
  lastError!: string | null;
  @Field(() => String, { nullable: true }) cancelledReason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The subject as sent; for a draft, as edited (null: the template decides).',
  })
  subject!: string | null;
  @Field(() => String, { nullable: true, description: 'The text as sent, or as edited.' })
  body!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field(() => ID, { nullable: true }) approvedByUserId!: string | null;
}
export const FollowUpConnection = ConnectionType(FollowUpObject, 'FollowUp');

@ObjectType('FollowUpPreview', { description: 'A follow-up as it would go out now.' })
export class FollowUpPreviewObject {
  @Field() subject!: string;
  @Field() text!: string;
  @Field() html!: string;
  @Field(() => [String]) to!: string[];
  @Field(() => [String]) cc!: string[];
  @Field(() => String, { nullable: true }) replyTo!: string | null;
}

@ObjectType('FollowUpTemplate', {
  description:
    "The organization's words for one kind of follow-up in one language, or the built-in ones.",
})
export class FollowUpTemplateObject {
  @Field(() => FollowUpKind) kind!: FollowUpKind;
  @Field({
    description: '"en" or "es": messages to schools are English; to families, their language.',
  })
  language!: string;
  @Field() subject!: string;
  @Field() body!: string;
  @Field({ description: 'False while the built-in words apply.' }) customized!: boolean;
}

@ObjectType('QueueCounts', { description: 'Jobs on one queue now.' })
export class QueueCountsObject {
  @Field() queue!: string;
  @Field(() => Int) waiting!: number;
  @Field(() => Int) active!: number;
  @Field(() => Int) delayed!: number;
  @Field(() => Int) failed!: number;
}

@ObjectType('FollowUpHealth', {
  description: "The queues, and the organization's follow-ups by status.",
})
export class FollowUpHealthObject {
  @Field(() => [QueueCountsObject]) queues!: QueueCountsObject[];
  @Field(() => [FollowUpStatusCountObject]) followUps!: FollowUpStatusCountObject[];
  @Field(() => Int, { description: 'Owed and due, but not yet sent (should stay near 0).' })
  overdue!: number;
}

@ObjectType('FollowUpStatusCount')
export class FollowUpStatusCountObject {
  @Field(() => FollowUpStatus) status!: FollowUpStatus;
  @Field(() => Int) count!: number;
}
