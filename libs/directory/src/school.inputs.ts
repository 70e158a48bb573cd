import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs, IsNotBlank } from '@onrecord/platform/graphql';

@InputType()
export class CreateSchoolInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a district id' })
  districtId!: string;

  @Field(() => String)
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;
}

/** A school stays in its district: its contacts and escalation chain belong to it. */
@InputType()
export class UpdateSchoolInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name?: string;
}

@InputType()
export class SchoolFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a district id' })
  districtId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class SchoolArgs extends PageArgs {
  @Field(() => SchoolFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SchoolFilter)
  filter?: SchoolFilter;
}

@ArgsType()
export class SetEscalationChainArgs {
  @Field(() => ID)
  @IsString()
  schoolId!: string;

  @Field(() => [ID], { description: 'The contacts in the order they are asked; [] clears it.' })
  @ArrayMaxSize(20, { message: 'can hold at most 20 contacts' })
  @IsString({ each: true })
  contactIds!: string[];
}
