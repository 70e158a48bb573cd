import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '@onrecord/platform/graphql';
import { NoteVisibility } from '../case-enums';
import { Trim } from '../input-rules';
import { ContactChannel, ContactDirection, ContactParty, ContactTopic } from './contact-log.enums';

const INSTANT = { message: 'must be an instant such as 2026-12-03T15:30:00Z' };
export const LANGUAGE = {
  message: 'must be a two-letter language code (ISO 639-1) such as en, es or ko',
};
export const TOPICS = Object.values(ContactTopic);
const PARTY = { message: `must be one of ${Object.values(ContactParty).join(', ')}` };
const CHANNEL = { message: `must be one of ${Object.values(ContactChannel).join(', ')}` };

/** The fields a contact has, whether logged or corrected: shared by both inputs. */
@InputType({ isAbstract: true })
class ContactFields {
  @Field(() => ContactDirection, { nullable: true })
  @IsOptional()
  @IsEnum(ContactDirection, { message: 'must be INCOMING or OUTGOING' })
  direction?: ContactDirection;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it happened.' })
  @IsOptional()
  @IsDate(INSTANT)
  occurredAt?: Date;

  @Field(() => Int, { nullable: true, description: 'How long it took, in minutes (0–1440).' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0, { message: 'cannot be negative' })
  @Max(1440, { message: 'is at most 1440 (a day)' })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1, e.g. en, es, ko.' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, LANGUAGE)
  language?: string;

  @Field(() => [ContactTopic], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(TOPICS.length)
  @IsIn(TOPICS, { each: true, message: `must be among ${TOPICS.join(', ')}` })
  topics?: ContactTopic[];

  @Field(() => String, { nullable: true, description: 'What was said or agreed, briefly.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  note?: string;

  @Field(() => NoteVisibility, {
    nullable: true,
    description: 'INTERNAL (the default) stays within the organization.',
  })
  @IsOptional()
  @IsEnum(NoteVisibility, { message: 'must be INTERNAL or SHARED_WITH_FAMILY' })
  visibility?: NoteVisibility;

  @Field(() => String, {
    nullable: true,
    description: 'Who it was with, in words: someone not on file, or a precision.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  withWhom?: string;
}

@InputType({
  description:
    'A contact to log. On a case (caseId), or on none: an information-only contact with someone who is not a client yet.',
})
export class LogContactInput extends ContactFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  caseId?: string | null;

  @Field(() => ContactParty, {
    description: 'Who it was with: a guardian, the student, a school contact, a professional.',
  })
  @IsEnum(ContactParty, PARTY)
  party!: ContactParty;

  @Field(() => ContactChannel)
  @IsEnum(ContactChannel, CHANNEL)
  channel!: ContactChannel;

  @Field(() => ID, { nullable: true, description: "The guardian, of the case's family." })
  @IsOptional()
  @IsString()
  guardianId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The school contact.' })
  @IsOptional()
  @IsString()
  schoolContactId?: string | null;
}

@InputType({ description: 'What to correct in a logged contact.' })
export class UpdateContactLogEntryInput extends ContactFields {
  @Field(() => ContactParty, { nullable: true })
  @IsOptional()
  @IsEnum(ContactParty, PARTY)
  party?: ContactParty;

  @Field(() => ContactChannel, { nullable: true })
  @IsOptional()
  @IsEnum(ContactChannel, CHANNEL)
  channel?: ContactChannel;
}

@ArgsType()
export class ContactLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this case's contacts." })
  @IsOptional()
  @IsString()
  caseId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only contacts on a case; false: only information-only contacts, on no case. Default: both.',
  })
  @IsOptional()
  @IsBoolean()
  onCase?: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Happened at or after.' })
  @IsOptional()
  @IsDate(INSTANT)
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Happened before.' })
  @IsOptional()
  @IsDate(INSTANT)
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}
