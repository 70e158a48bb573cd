import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { MeetingKind, MeetingTaskKind } from './meeting.enums';

@ObjectType('MeetingAttendee')
export class MeetingAttendeeObject {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'The school contact, when one.' })
  contactId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The member of the organization, when one.' })
  memberId!: string | null;
  @Field(() => String, {
    description: "The contact's or member's name, or the name typed for someone who is neither.",
  })
  name!: string;
  @Field(() => String, {
    description:
      'The contact\'s role (e.g. "case manager"), the member\'s (e.g. "advocate"), or the role typed (e.g. "parent").',
  })
  role!: string;
}

@ObjectType('MeetingTask', {
  description:
    'A written item a meeting creates: concerns before it, a summary after it. Done when sent.',
})
export class MeetingTaskObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => MeetingTaskKind) kind!: MeetingTaskKind;
  @Field(() => String, { description: 'YYYY-MM-DD, counted in business days.' })
  dueOn!: string;
  @Field(() => GraphQLISODateTime, {
    description: "The end of the due day in the district's (else the organization's) time zone.",
  })
  dueAt!: Date;
  @Field(() => String, { nullable: true }) doneOn!: string | null;
  @Field(() => Boolean, { description: 'Not done and past dueAt, as of now.' })
  overdue!: boolean;
  @Field(() => ID, { nullable: true }) requestId!: string | null;
}

@ObjectType('Meeting', { description: 'A meeting with the school about a case.' })
export class MeetingObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => GraphQLISODateTime) startsAt!: Date;
  @Field(() => MeetingKind) kind!: MeetingKind;
  @Field(() => String) location!: string;
  @Field(() => String) notes!: string;
  @Field(() => ID, { nullable: true }) createdByUserId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}

export const MeetingConnection = ConnectionType(MeetingObject, 'Meeting');
export const MeetingTaskConnection = ConnectionType(MeetingTaskObject, 'MeetingTask');
