import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ObservationTagTranslation', { description: 'A trigger label in another language.' })
export class ObservationTagTranslationObject {
  @Field(() => String, { description: 'e.g. "es".' }) language!: string;
  @Field(() => String) label!: string;
}

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

  @Field(() => [ObservationTagTranslationObject], {
    description:
      'The label in the other languages OnRecord speaks; an entry may name the trigger in any of them (matched without regard to case or accents) and stores `label`.',
  })
  translations!: ObservationTagTranslationObject[];

  @Field(() => Boolean)
  builtIn!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  archivedAt!: Date | null;
}
