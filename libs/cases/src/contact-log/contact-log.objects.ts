import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { NoteVisibility } from '../case-enums';
import { ContactChannel, ContactDirection, ContactParty, ContactTopic } from './contact-log.enums';

@ObjectType('ContactLogEntry', {
  description:
    'A contact an advocate had (a call, a meeting, an email, a text, a letter): with whom, how, when, how long, in which language, about what.',
})
export class ContactLogEntryObject {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'None for an information-only contact.' })
  caseId!: string | null;
  @Field(() => ContactParty) party!: ContactParty;
  @Field(() => ID, { nullable: true }) guardianId!: string | null;
  @Field(() => ID, { nullable: true }) schoolContactId!: string | null;
  @Field(() => String) withWhom!: string;
  @Field(() => ContactChannel) channel!: ContactChannel;
  @Field(() => ContactDirection) direction!: ContactDirection;
  @Field(() => GraphQLISODateTime) occurredAt!: Date;
  @Field(() => Int, { nullable: true }) durationMinutes!: number | null;
  @Field(() => String, { description: 'ISO 639-1.' }) language!: string;
  @Field(() => [ContactTopic]) topics!: ContactTopic[];
  @Field(() => String) note!: string;
  @Field(() => NoteVisibility) visibility!: NoteVisibility;
  @Field(() => ID, { nullable: true, description: 'Who logged it.' })
  loggedByUserId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
export const ContactLogEntryConnection = ConnectionType(ContactLogEntryObject, 'ContactLogEntry');

export function toContactLogEntry(e: {
  id: string;
  caseId: string | null;
  party: ContactParty;
  guardianId: string | null;
  schoolContactId: string | null;
  withWhom: string;
  channel: ContactChannel;
  direction: ContactDirection;
  occurredAt: Date;
  durationMinutes: number | null;
  language: string;
  topics: string[];
  note: string;
  visibility: NoteVisibility;
  loggedByUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}): ContactLogEntryObject {
  return { ...e, topics: e.topics as ContactTopic[] };
}
