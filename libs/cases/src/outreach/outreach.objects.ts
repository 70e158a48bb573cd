import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { ContactTopic } from '../contact-log/contact-log.enums';
import type { OutreachActivity } from './outreach-activity.entity';
import { OutreachFormat, OutreachKind } from './outreach.enums';

@ObjectType('OutreachActivity', {
  description: 'A training or an outreach event, and how many people it reached.',
})
export class OutreachActivityObject {
  @Field(() => ID) id!: string;
  @Field(() => OutreachKind) kind!: OutreachKind;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) heldOn!: string;
  @Field(() => OutreachFormat) format!: OutreachFormat;
  @Field(() => String, { description: 'ISO 639-1.' }) language!: string;
  @Field(() => [ContactTopic]) topics!: ContactTopic[];
  @Field(() => Int) parents!: number;
  @Field(() => Int) professionals!: number;
  @Field(() => Int) students!: number;
  @Field(() => String) notes!: string;
  @Field(() => ID, { nullable: true }) recordedByUserId!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
export const OutreachActivityConnection = ConnectionType(
  OutreachActivityObject,
  'OutreachActivity',
);

export const toOutreachActivity = (a: OutreachActivity): OutreachActivityObject => ({
  id: a.id,
  kind: a.kind,
  title: a.title,
  heldOn: a.heldOn,
  format: a.format,
  language: a.language,
  topics: a.topics as ContactTopic[],
  parents: a.parents,
  professionals: a.professionals,
  students: a.students,
  notes: a.notes,
  recordedByUserId: a.recordedByUserId,
  archivedAt: a.archivedAt,
});
