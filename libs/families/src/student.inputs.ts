import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, IsNotInFuture, PageArgs, IsNotBlank } from '@onrecord/platform/graphql';
import { DistinctLabels, IsPlausibleDateOfBirth, Omittable, Trim } from './input-rules';
import { StudentPlan } from './student-plan';

const NOT_EMPTY = { message: 'must not be empty' };
const PLAN = { message: `must be one of ${Object.values(StudentPlan).join(', ')}` };
const CATEGORY = { each: true, message: 'each category must be text that is not empty' };

@InputType({ description: 'A student, at intake or added later.' })
export class StudentInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate()
  @IsNotInFuture()
  @IsPlausibleDateOfBirth()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'As the school says it: "K", "3", "10".' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(20)
  grade?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The student's id number at the school or district, as the school writes it.",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(40)
  schoolStudentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An active school of the organization.' })
  @IsOptional()
  @IsString()
  schoolId?: string | null;

  @Field(() => StudentPlan, { defaultValue: StudentPlan.NONE })
  @IsIn(Object.values(StudentPlan), PLAN)
  plan: StudentPlan = StudentPlan.NONE;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Trimmed; repeats are dropped.',
  })
  @DistinctLabels()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString(CATEGORY)
  @IsNotBlank(CATEGORY)
  @MaxLength(200, { each: true, message: 'each category must be at most 200 characters' })
  disabilityCategories: string[] = [];

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(10_000)
  notes = '';
}

/**
 * Only the fields given change; date of birth, grade and school can be cleared with null.
 * A student stays in their family (cases point at the pair).
 */
@InputType()
export class UpdateStudentInput {
  @Field(() => String, { nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @IsLocalDate()
  @IsNotInFuture()
  @IsPlausibleDateOfBirth()
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(20)
  grade?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The student's id number at the school or district, as the school writes it.",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(40)
  schoolStudentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An active school; null: not known.' })
  @IsOptional()
  @IsString()
  schoolId?: string | null;

  @Field(() => StudentPlan, { nullable: true })
  @Omittable()
  @IsIn(Object.values(StudentPlan), PLAN)
  plan?: StudentPlan;

  @Field(() => [String], { nullable: true, description: 'Replaces the list.' })
  @Omittable()
  @DistinctLabels()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString(CATEGORY)
  @IsNotBlank(CATEGORY)
  @MaxLength(200, { each: true, message: 'each category must be at most 200 characters' })
  disabilityCategories?: string[];

  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @MaxLength(10_000)
  notes?: string;
}

@InputType()
export class StudentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  familyId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  schoolId?: string;

  @Field(() => StudentPlan, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(StudentPlan), PLAN)
  plan?: StudentPlan;

  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived = false;
}

@ArgsType()
export class StudentsArgs extends PageArgs {
  @Field(() => StudentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => StudentFilter)
  filter?: StudentFilter;
}
