import { ArgsType, Field, ID, InputType, PickType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, IsNotInFuture, PageArgs, IsNotBlank } from '@onrecord/platform/graphql';
import { CaseClosingReason, CaseConcern, CaseOutcome, CaseStatus } from './case-enums';
import { OPENING_STATUSES } from './case-status';
import { NOT_EMPTY, Trim } from './input-rules';

const CONCERN = { each: true, message: 'must be one of the case concerns' };
const CONCERNS = { message: 'must name at least one concern' };

@InputType()
export class OpenCaseInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a family id' })
  familyId!: string;

  @Field(() => ID, { description: 'A student of that family.' })
  @IsUUID('all', { message: 'must be a student id' })
  studentId!: string;

  @Field(() => String)
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(200)
  title!: string;

  @Field(() => [CaseConcern], { description: 'What the case is about: one or more.' })
  @IsArray()
  @ArrayNotEmpty(CONCERNS)
  @IsEnum(CaseConcern, CONCERN)
  concerns!: CaseConcern[];

  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD; default: today in the organization's time zone.",
  })
  @IsOptional()
  @IsLocalDate()
  @IsNotInFuture()
  openedOn?: string;

  @Field(() => CaseStatus, {
    nullable: true,
    description: 'INTAKE (the default) or ACTIVE when work starts at once.',
  })
  @IsOptional()
  @IsIn(OPENING_STATUSES, { message: 'a case opens as INTAKE or ACTIVE' })
  status?: CaseStatus;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Members (admins or advocates) to assign; default: you. An empty list assigns no one.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be a member id' })
  advocateIds?: string[];
}

/**
 * What a case is, without whose it is or who works on it: the fields a bulk import checks
 * with the same rules as openCase (not a GraphQL type of its own).
 */
export class CaseOpeningFields extends PickType(OpenCaseInput, [
  'title',
  'concerns',
  'openedOn',
  'status',
] as const) {}

@InputType()
export class UpdateCaseInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(200)
  title?: string;

  @Field(() => [CaseConcern], { nullable: true, description: 'Replaces the concerns.' })
  @IsOptional()
  @IsArray()
  @ArrayNotEmpty(CONCERNS)
  @IsEnum(CaseConcern, CONCERN)
  concerns?: CaseConcern[];
}

@InputType()
export class ChangeCaseStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a case id' })
  caseId!: string;

  @Field(() => CaseStatus)
  @IsEnum(CaseStatus, { message: 'must be a case status' })
  status!: CaseStatus;

  @Field(() => String, { nullable: true, description: 'Why, for the status history.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason?: string;

  @Field(() => CaseOutcome, {
    nullable: true,
    description: 'Required for RESOLVED and CLOSED (a RESOLVED case keeps its outcome on closing).',
  })
  @IsOptional()
  @IsEnum(CaseOutcome, { message: 'must be a case outcome' })
  outcome?: CaseOutcome;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(5000)
  outcomeNotes?: string;

  @Field(() => CaseClosingReason, {
    nullable: true,
    description:
      'For RESOLVED and CLOSED, optional: how much was done (legal aid case service report). Kept on closing a RESOLVED case unless given.',
  })
  @IsOptional()
  @IsEnum(CaseClosingReason, { message: 'must be a case closing reason' })
  closingReason?: CaseClosingReason;

  @Field(() => String, {
    nullable: true,
    description: "When it happened, YYYY-MM-DD; default: today in the organization's time zone.",
  })
  @IsOptional()
  @IsLocalDate()
  @IsNotInFuture()
  on?: string;
}

/**
 * Which cases, by where the student goes to school, what the case is about and a name: the
 * part of the filter the organization's case list and a member's caseload share.
 */
@InputType({ isAbstract: true })
export class CaseWhereFilter {
  @Field(() => ID, { nullable: true, description: "The student's school is in this district." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a district id' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: "The student's school." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a school id' })
  schoolId?: string;

  @Field(() => CaseConcern, { nullable: true })
  @IsOptional()
  @IsEnum(CaseConcern, { message: 'must be one of the case concerns' })
  concern?: CaseConcern;

  @Field(() => String, {
    nullable: true,
    description: "Part of the family's household name or the student's name, any case.",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class CaseFilter extends CaseWhereFilter {
  @Field(() => [CaseStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsArray()
  @IsEnum(CaseStatus, { each: true, message: 'must be a case status' })
  status?: CaseStatus[];

  @Field(() => ID, { nullable: true, description: 'Cases this member is assigned to.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a member id' })
  advocateId?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFilter)
  filter?: CaseFilter;
}

@InputType()
export class PlaceLegalHoldInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a case id' })
  caseId!: string;

  @Field(() => String, {
    description:
      'Why the case must be kept as it is, e.g. "Due process hearing requested 2026-11-02".',
  })
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(500)
  reason!: string;
}
