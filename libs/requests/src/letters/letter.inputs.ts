import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { TRIGGERS } from '@onrecord/deadlines';
import { IsLocalDate, IsNotBlank } from '@onrecord/platform/graphql';
import { WrittenRequestType } from '../written-requests/written-request.enums';

const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const NOT_EMPTY = { message: 'must not be empty' };

@InputType({
  description: 'Merge fields as {{student.name}} (see mergeFields); unknown fields are refused.',
})
export class LetterTemplateInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(300)
  subject!: string;

  @Field(() => String)
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(50000)
  body!: string;
}

@InputType()
export class DraftLetterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a case id' })
  caseId!: string;

  @Field(() => WrittenRequestType)
  @IsEnum(WrittenRequestType, { message: 'must be a written request type' })
  type!: WrittenRequestType;

  @Field(() => [ID], { nullable: true, description: 'School contacts, in the order written.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be a school contact id' })
  recipientIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Why it is asked ({{request.reason}}): the concerns, with dates and data.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(20000)
  reason?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: when the school will receive it, for the deadline. Default: today in the district.',
  })
  @IsOptional()
  @IsLocalDate()
  receivedOn?: string;

  @Field(() => String, {
    nullable: true,
    description: 'What starts the clock (default WRITTEN_REQUEST_RECEIVED).',
  })
  @IsOptional()
  @IsIn(TRIGGERS, { message: `must be one of the deadline triggers (${TRIGGERS.join(', ')})` })
  trigger?: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      "The guardians the letter is written for ({{guardian.name}}), in the order named: guardians of the case's family. Default: every guardian of the family on file.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be a guardian id' })
  guardianIds?: string[];

  @Field(() => LetterTemplateInput, {
    nullable: true,
    description:
      'Words to fill instead of the saved template (a template being edited, not yet saved); unknown merge fields are refused on template.subject and template.body.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => LetterTemplateInput)
  template?: LetterTemplateInput;
}
