import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';

/**
 * What a timeline event is. Later features add kinds (a written request sent, a school
 * response, a follow-up, a meeting); the event's shape stays the same.
 */
export enum CaseTimelineEventKind {
  CASE_OPENED = 'CASE_OPENED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  NOTE = 'NOTE',
  ATTENDANCE_WEEK = 'ATTENDANCE_WEEK',
  RECORD_CHANGED = 'RECORD_CHANGED',
  REQUEST_SENT = 'REQUEST_SENT',
  RESPONSE_RECEIVED = 'RESPONSE_RECEIVED',
  COMMITMENT_DUE = 'COMMITMENT_DUE',
  MEETING = 'MEETING',
  FOLLOW_UP_SENT = 'FOLLOW_UP_SENT',
  FAMILY_MESSAGE = 'FAMILY_MESSAGE',
  CONTACT = 'CONTACT',
  REPLY_RECEIVED = 'REPLY_RECEIVED',
}
registerEnumType(CaseTimelineEventKind, {
  name: 'CaseTimelineEventKind',
  valuesMap: {
    ATTENDANCE_WEEK: { description: 'A week of attendance entries, summarised.' },
    RECORD_CHANGED: { description: 'An audited change to the case record itself.' },
    REQUEST_SENT: { description: 'A written request sent to the school.' },
    RESPONSE_RECEIVED: { description: "The school's response to a written request." },
    COMMITMENT_DUE: { description: 'The day a commitment the school made falls due.' },
    MEETING: { description: 'A meeting with the school, at its start time.' },
    FOLLOW_UP_SENT: {
      description:
        'A follow-up, escalation, reminder or guardian update that went out: evidence of follow-up.',
    },
    FAMILY_MESSAGE: {
      description: 'A message a guardian sent the advocates from the family portal.',
    },
    CONTACT: { description: 'A contact an advocate logged: a call, a meeting, an email…' },
    REPLY_RECEIVED: {
      description:
        "A message that came back to a request's reply address: a reply, an automatic reply or a bounce (mail in).",
    },
  },
});

export enum TimelineOrder {
  OLDEST_FIRST = 'OLDEST_FIRST',
  NEWEST_FIRST = 'NEWEST_FIRST',
}
registerEnumType(TimelineOrder, { name: 'TimelineOrder' });

/** One event on a case's timeline, whatever produced it. */
@ObjectType('CaseTimelineEvent')
export class CaseTimelineEvent {
  @Field(() => ID, { description: 'Stable: the kind and the id of what it shows.' })
  id!: string;

  @Field(() => CaseTimelineEventKind)
  kind!: CaseTimelineEventKind;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => String, { description: 'One line, e.g. "Status changed: INTAKE → ACTIVE".' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The text behind it: a note, a reason.' })
  detail!: string | null;

  @Field(() => ID, { nullable: true, description: 'Who did it, when a person did.' })
  actorUserId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The guardian who did it, from the family portal (a family message).',
  })
  actorGuardianId?: string | null;

  @Field(() => String, { description: 'The record it shows, e.g. CaseNote.' })
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => Boolean, {
    description: 'Whether the family may see it (their portal shows only these).',
  })
  sharedWithFamily!: boolean;
}

export const CaseTimelineConnection = ConnectionType(CaseTimelineEvent, 'CaseTimeline');
