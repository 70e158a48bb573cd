import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs, IsNotBlank } from '@onrecord/platform/graphql';
import { GuardianInput } from './guardian.inputs';
import { Omittable, Trim } from './input-rules';
import { StudentInput } from './student.inputs';

const NOT_EMPTY = { message: 'must not be empty' };

/** Intake: the household with its guardians and students, in one step. */
@InputType()
export class CreateFamilyInput {
  @Field(() => String, { description: 'e.g. "Garcia household".' })
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(200)
  householdName!: string;

  @Field(() => String, { defaultValue: '' })
  @IsString()
  @MaxLength(10_000)
  notes = '';

  @Field(() => [GuardianInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GuardianInput)
  guardians: GuardianInput[] = [];

  @Field(() => [StudentInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => StudentInput)
  students: StudentInput[] = [];
}

@InputType()
export class UpdateFamilyInput {
  @Field(() => String, { nullable: true })
  @Omittable()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(200)
  householdName?: string;

  @Field(() => String, { nullable: true })
  @Omittable()
  @IsString()
  @MaxLength(10_000)
  notes?: string;
}

@InputType()
export class FamilyFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the household name or of a guardian’s or student’s name, any case.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, { defaultValue: false })
  includeArchived = false;
}

@ArgsType()
export class FamiliesArgs extends PageArgs {
  @Field(() => FamilyFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FamilyFilter)
  filter?: FamilyFilter;
}
