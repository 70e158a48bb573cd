import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
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
  ValidateNested,
} from 'class-validator';
import { IsNotBlank } from '@onrecord/platform/graphql';
import { JURISDICTIONS, TRIGGERS } from '@onrecord/deadlines';
import { WrittenRequestType } from '../written-requests/written-request.enums';
import { RULE_UNITS, SOFT_UNITS } from './deadline-rule.rules';

/** Trims text before it is checked, so "   " is refused as empty. */
const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const Upper = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  );
const NOT_EMPTY = { message: 'must not be empty' };
const REASON = { message: 'give a reason for the change' };
const PERIOD = { message: 'must be a whole number of days from 1 to 365' };
const JURISDICTION = { message: `must be one of ${JURISDICTIONS.join(', ')} (US: federal)` };
const TRIGGER = { message: `must be one of the deadline triggers (${TRIGGERS.join(', ')})` };
const UNIT = { message: `must be one of ${RULE_UNITS.join(', ')}` };
const SOFT_UNIT = { message: `must be one of ${SOFT_UNITS.join(', ')} (no HOURS for a default)` };
const STATUS = { message: 'must be V (rule text read), S (secondary source) or M (from memory)' };
const PROGRAMS = ['IDEA', 'SECTION_504', 'FERPA', 'STATE'] as const;

@InputType()
export class DeadlineRuleFilter {
  @Field(() => String, { nullable: true, description: 'US (federal) or a state code, e.g. TX.' })
  @IsOptional()
  @Upper()
  @IsIn(JURISDICTIONS, JURISDICTION)
  jurisdiction?: string;

  @Field(() => WrittenRequestType, { nullable: true })
  @IsOptional()
  @IsEnum(WrittenRequestType, { message: 'must be a written request type' })
  requestType?: WrittenRequestType;

  @Field(() => String, { nullable: true, description: 'e.g. WRITTEN_REQUEST_RECEIVED.' })
  @IsOptional()
  @IsIn(TRIGGERS, TRIGGER)
  trigger?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also the rules the organization disabled.',
  })
  @IsOptional()
  @IsBoolean()
  includeDisabled?: boolean;
}

@ArgsType()
export class DeadlineRulesArgs {
  @Field(() => DeadlineRuleFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DeadlineRuleFilter)
  filter?: DeadlineRuleFilter;
}

@InputType({ description: 'What the organization corrects in a rule; the rest stays.' })
export class CorrectDeadlineRuleInput {
  @Field(() => Int, { nullable: true, description: '1 to 365.' })
  @IsOptional()
  @IsInt(PERIOD)
  @Min(1, PERIOD)
  @Max(365, PERIOD)
  period?: number;

  @Field(() => String, { nullable: true, description: RULE_UNITS.join(', ') })
  @IsOptional()
  @IsIn(RULE_UNITS, UNIT)
  unit?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(300)
  citation?: string;

  @Field(() => String, { nullable: true, description: 'V, S or M.' })
  @IsOptional()
  @IsIn(['V', 'S', 'M'], STATUS)
  status?: string;

  @Field(() => [String], { nullable: true, description: "Replace the rule's notes." })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  notes?: string[];

  @Field(() => String, { description: 'Why: required, shown with the rule and audited.' })
  @Trim()
  @IsString(REASON)
  @IsNotBlank(REASON)
  @MaxLength(1000)
  reason!: string;
}

@InputType({ description: 'A soft deadline for a rule no statute times (labelled, not law).' })
export class SetSoftDeadlineInput {
  @Field(() => Int, { description: '1 to 365.' })
  @IsInt(PERIOD)
  @Min(1, PERIOD)
  @Max(365, PERIOD)
  period!: number;

  @Field(() => String, { description: SOFT_UNITS.join(', ') })
  @IsIn(SOFT_UNITS, SOFT_UNIT)
  unit!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

@InputType({ description: "A rule of the organization's own: labelled as such, never verified." })
export class AddDeadlineRuleInput {
  @Field(() => String, {
    description: 'A new id (letters, digits, ".", "_", "-"), e.g. ORG-504-ANSWER.',
  })
  @Trim()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/, {
    message: 'use 1 to 60 letters, digits, ".", "_" or "-", starting with a letter or digit',
  })
  id!: string;

  @Field(() => String, { description: 'US (federal) or a state code, e.g. TX.' })
  @Upper()
  @IsIn(JURISDICTIONS, JURISDICTION)
  jurisdiction!: string;

  @Field(() => String, {
    nullable: true,
    description: 'IDEA, SECTION_504, FERPA or STATE (default).',
  })
  @IsOptional()
  @IsIn(PROGRAMS, { message: `must be one of ${PROGRAMS.join(', ')}` })
  program?: string;

  @Field(() => [WrittenRequestType])
  @IsArray()
  @ArrayNotEmpty({ message: 'name at least one request type' })
  @IsEnum(WrittenRequestType, { each: true, message: 'must be a written request type' })
  requestTypes!: WrittenRequestType[];

  @Field(() => [String], { description: 'What starts the clock, e.g. WRITTEN_REQUEST_RECEIVED.' })
  @IsArray()
  @ArrayNotEmpty({ message: 'name at least one trigger' })
  @IsIn(TRIGGERS, { each: true, ...TRIGGER })
  triggers!: string[];

  @Field(() => String, {
    description:
      'What is due, as schools and families will read it in letters and follow-ups: it completes "Under <citation>, a response is due by <day>: …", e.g. "a written answer to the request".',
  })
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(300)
  duty!: string;

  @Field(() => Int, { description: '1 to 365.' })
  @IsInt(PERIOD)
  @Min(1, PERIOD)
  @Max(365, PERIOD)
  period!: number;

  @Field(() => String, { description: RULE_UNITS.join(', ') })
  @IsIn(RULE_UNITS, UNIT)
  unit!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  citation?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  notes?: string[];

  @Field(() => String, { description: 'Why: required, shown with the rule and audited.' })
  @Trim()
  @IsString(REASON)
  @IsNotBlank(REASON)
  @MaxLength(1000)
  reason!: string;
}
