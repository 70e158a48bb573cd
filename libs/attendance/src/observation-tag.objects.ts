import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { TRIGGER_LANGUAGES } from './built-in-triggers';

@ObjectType('ObservationTagTranslation', { description: 'A trigger label in another language.' })
export class ObservationTagTranslationObject {
  @Field(() => String, { description: 'e.g. "es".' }) language!: string;
  @Field(() => String) label!: string;
}

@InputType('ObservationTagTranslationInput', {
  description: 'An observation tag’s label in another language the organization writes in.',
})
export class ObservationTagTranslationInput {
  @Field(() => String, {
    description: `One of ${TRIGGER_LANGUAGES.join(', ')} (the tag’s label is the English).`,
  })
  language!: string;

  @Field(() => String, { description: 'e.g. "Simulacros de incendio"; at most 100 characters.' })
  label!: string;
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
      'The label in the other languages OnRecord speaks (built in, or given by the organization for its own tags); an entry may name the trigger in any of them (matched without regard to case or accents) and stores `label`.',
  })
  translations!: ObservationTagTranslationObject[];

  @Field(() => Boolean)
  builtIn!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  archivedAt!: Date | null;
}
