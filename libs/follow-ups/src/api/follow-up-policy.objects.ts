import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FollowUpKind, SendingDays } from '../model/follow-up-enums';
import { FollowUpRecipientObject } from './follow-up.objects';

@ObjectType('FollowUpPolicy', {
  description:
    "The organization's follow-up policy (the defaults until an admin changes it). School days and the sending window are the district's; the digest time is the organization's.",
})
export class FollowUpPolicyObject {
  @Field({
    description: 'Remind the assigned advocates before a deadline (in their daily digest).',
  })
  remindAdvocates!: boolean;

  @Field(() => Int, { description: 'That many business days before the deadline.' })
  remindBusinessDaysBefore!: number;

  @Field(() => Int, {
    description:
      'Follow up with the school contacts this many school days after an unanswered deadline.',
  })
  followUpSchoolDaysAfter!: number;

  @Field(() => Int, {
    description:
      "Escalate to the next contact in the school's escalation chain this many school days after an unanswered follow-up.",
  })
  escalateSchoolDaysAfter!: number;

  @Field(() => Int, {
    description: 'At most this many school-facing messages per request or commitment.',
  })
  maxFollowUps!: number;

  @Field({
    description:
      "School-facing messages wait as drafts for an advocate's approval instead of going out by themselves.",
  })
  requireApproval!: boolean;

  @Field({ description: "The family's guardians get an update when the school is followed up." })
  notifyGuardians!: boolean;

  @Field(() => Int, {
    description:
      "A reply captured and not yet classified holds the request's next follow-up to the school at most this many school days from its arrival; 0: never held.",
  })
  replyHoldSchoolDays!: number;

  @Field({ description: "'HH:MM': nothing goes out before this (district time)." })
  sendingWindowStart!: string;

  @Field({ description: "'HH:MM' or '24:00': nothing goes out from this time on." })
  sendingWindowEnd!: string;

  @Field(() => SendingDays)
  sendingDays!: SendingDays;

  @Field({ description: "'HH:MM': when each advocate's daily digest goes out (weekdays)." })
  digestTime!: string;

  @Field(() => String, {
    nullable: true,
    description: "Messages come from this address; the platform's when null.",
  })
  sendingAddress!: string | null;

  @Field({ description: 'False while the defaults apply.' })
  customized!: boolean;
}

@ObjectType('PlannedFollowUp', {
  description:
    'A message the policy would plan for a request or one of its commitments (a preview: nothing is saved).',
})
export class PlannedFollowUpObject {
  @Field(() => FollowUpKind) kind!: FollowUpKind;
  @Field(() => Int, { description: '1, then 2, 3… for the escalations after a follow-up.' })
  sequence!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'The commitment it is about; null: the request.',
  })
  commitmentId!: string | null;
  @Field({ description: 'When it would be owed (inside the sending window).' })
  scheduledAt!: Date;
  @Field(() => [FollowUpRecipientObject]) recipients!: FollowUpRecipientObject[];
  @Field(() => [FollowUpRecipientObject]) cc!: FollowUpRecipientObject[];
  @Field({ description: "Would wait as a draft for an advocate's approval." })
  requiresApproval!: boolean;
}
