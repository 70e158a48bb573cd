import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
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
import { IsLocalDate, IsNotBlank, PageArgs } from '@onrecord/platform/graphql';
import { Trim } from '../input-rules';
import { ContactTopic } from '../contact-log/contact-log.enums';
import { LANGUAGE, TOPICS } from '../contact-log/contact-log.inputs';
import { OutreachFormat, OutreachKind } from './outreach.enums';

/** More people than this at one event is a typing mistake, not a crowd. */
const MOST_PEOPLE = 100_000;
const PEOPLE = { message: 'must be a whole number of people' };
const NOT_NEGATIVE = { message: 'cannot be negative' };
const AT_MOST = { message: `is at most ${MOST_PEOPLE}` };
const KIND = { message: 'must be TRAINING or OUTREACH' };
const FORMAT = { message: 'must be IN_PERSON or VIRTUAL' };

/** What a training or outreach event has besides what it is, when and how: all optional. */
@InputType({ isAbstract: true })
class OutreachDetails {
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

  @Field(() => Int, { nullable: true, description: 'How many parents it reached.' })
  @IsOptional()
  @IsInt(PEOPLE)
  @Min(0, NOT_NEGATIVE)
  @Max(MOST_PEOPLE, AT_MOST)
  parents?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'How many professionals (teachers, therapists, caseworkers…) it reached.',
  })
  @IsOptional()
  @IsInt(PEOPLE)
  @Min(0, NOT_NEGATIVE)
  @Max(MOST_PEOPLE, AT_MOST)
  professionals?: number;

  @Field(() => Int, { nullable: true, description: 'How many students it reached.' })
  @IsOptional()
  @IsInt(PEOPLE)
  @Min(0, NOT_NEGATIVE)
  @Max(MOST_PEOPLE, AT_MOST)
  students?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

@InputType({ description: 'A training or an outreach event the organization held.' })
export class RecordOutreachActivityInput extends OutreachDetails {
  @Field(() => OutreachKind)
  @IsEnum(OutreachKind, KIND)
  kind!: OutreachKind;

  @Field(() => String, { description: 'e.g. "Your child\'s rights at an IEP meeting".' })
  @Trim()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  title!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @IsLocalDate()
  heldOn!: string;

  @Field(() => OutreachFormat)
  @IsEnum(OutreachFormat, FORMAT)
  format!: OutreachFormat;
}

@InputType({
  description: 'What to correct in a training or outreach event: only the fields given.',
})
export class UpdateOutreachActivityInput extends OutreachDetails {
  @Field(() => OutreachKind, { nullable: true })
  @IsOptional()
  @IsEnum(OutreachKind, KIND)
  kind?: OutreachKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate()
  heldOn?: string;

  @Field(() => OutreachFormat, { nullable: true })
  @IsOptional()
  @IsEnum(OutreachFormat, FORMAT)
  format?: OutreachFormat;
}

@ArgsType()
export class OutreachActivitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Held on or after, YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Held on or before, YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate()
  to?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}
