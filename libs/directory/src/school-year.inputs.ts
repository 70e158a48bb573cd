import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, IsNotBlank } from '@onrecord/platform/graphql';

const LABEL = 'e.g. "2025-26"; one per district.';

@InputType({ description: 'A day without school, or a run of them such as a break.' })
export class NonSchoolDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @IsLocalDate()
  from!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of the run, included (YYYY-MM-DD); none for one day.',
  })
  @IsOptional()
  @IsLocalDate()
  to?: string | null;

  @Field(() => String, { description: 'e.g. "Winter break".' })
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  label!: string;
}

@InputType()
export class CreateSchoolYearInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a district id' })
  districtId!: string;

  @Field(() => String, { description: LABEL })
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(50)
  label!: string;

  @Field(() => String, { description: 'First instructional day, YYYY-MM-DD.' })
  @IsLocalDate()
  firstDay!: string;

  @Field(() => String, { description: 'Last instructional day, YYYY-MM-DD.' })
  @IsLocalDate()
  lastDay!: string;

  @Field(() => [NonSchoolDayInput], {
    defaultValue: [],
    description: 'Weekdays without school; a run is stored as one day per weekday in it.',
  })
  @IsArray()
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => NonSchoolDayInput)
  nonSchoolDays: NonSchoolDayInput[] = [];
}

@InputType()
export class UpdateSchoolYearInput {
  @Field(() => String, { nullable: true, description: LABEL })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(50)
  label?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  firstDay?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  lastDay?: string | null;
}

@ArgsType()
export class AddNonSchoolDaysArgs {
  @Field(() => ID)
  @IsString()
  schoolYearId!: string;

  @Field(() => [NonSchoolDayInput], { description: 'A date already on file takes the new label.' })
  @IsArray()
  @ArrayNotEmpty({ message: 'must list at least one day' })
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => NonSchoolDayInput)
  days!: NonSchoolDayInput[];
}

@ArgsType()
export class RemoveNonSchoolDaysArgs {
  @Field(() => ID)
  @IsString()
  schoolYearId!: string;

  @Field(() => [String], { description: 'YYYY-MM-DD dates: they become school days again.' })
  @IsArray()
  @ArrayMaxSize(400)
  @IsLocalDate({ each: true })
  dates!: string[];
}

@InputType()
export class ImportSchoolCalendarInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a district id' })
  districtId!: string;

  @Field(() => String, {
    description:
      'The .ics text as the district publishes it: events named like "First Day of School", "Winter Break", "Last Day of School" (English or Spanish), or tagged with CATEGORIES FIRST_INSTRUCTIONAL_DAY, NO_SCHOOL, LAST_INSTRUCTIONAL_DAY.',
  })
  @IsString()
  @IsNotBlank({ message: 'must not be empty: paste or upload the .ics file' })
  @MaxLength(2_000_000, { message: 'is too long for a school calendar (at most 2 MB)' })
  ics!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Default "YYYY-YY" from the first day. A school year with this label has its dates and non-school days replaced.',
  })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(50)
  label?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Review: the first instructional day, in place of the file's (YYYY-MM-DD).",
  })
  @IsOptional()
  @IsLocalDate()
  firstDay?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Review: the last instructional day, in place of the file's (YYYY-MM-DD).",
  })
  @IsOptional()
  @IsLocalDate()
  lastDay?: string | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Review: days the file made days without school that are school days (YYYY-MM-DD).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(400)
  @IsLocalDate({ each: true })
  removeClosures?: string[] | null;

  @Field(() => [NonSchoolDayInput], {
    nullable: true,
    description:
      'Review: days without school to add, such as an event that was not understood; the label given wins.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(400)
  @ValidateNested({ each: true })
  @Type(() => NonSchoolDayInput)
  addClosures?: NonSchoolDayInput[] | null;
}
