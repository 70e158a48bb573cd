import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ObservationTag', {
  description:
    'A trigger or barrier label an attendance entry can carry: built in, or the organization’s own.',
})
export class ObservationTagObject {
  @Field(() => ID, {
    nullable: true,
    description: 'The organization’s own tag; null when built in.',
  })
  id!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A built-in trigger’s stable key, e.g. morning_transition; null for own tags.',
  })
  key!: string | null;

  @Field(() => String, { description: 'What entries store and people pick.' })
  label!: string;

  @Field(() => Boolean)
  builtIn!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  archivedAt!: Date | null;
}
