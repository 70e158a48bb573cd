import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsEmailAddress, IsPhoneNumber, PageArgs, IsNotBlank } from '@onrecord/platform/graphql';
import { SchoolContactRole } from './school-contact-role';

const ROLE = { message: `must be one of ${Object.values(SchoolContactRole).join(', ')}` };

@InputType()
export class CreateSchoolContactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a district id' })
  districtId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A school of the same district; none for district-wide staff.',
  })
  @IsOptional()
  @IsString()
  schoolId?: string | null;

  @Field(() => String)
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => SchoolContactRole)
  @IsIn(Object.values(SchoolContactRole), ROLE)
  role!: SchoolContactRole;

  @Field(() => String, { nullable: true, description: 'e.g. "Director of Student Services".' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmailAddress()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Stored as E.164, e.g. +15125550123.' })
  @IsPhoneNumber()
  @IsOptional()
  phone?: string | null;
}

/** Fields left out stay as they are; null clears schoolId, title, email and phone. */
@InputType()
export class UpdateSchoolContactInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Another school of the same district, or null for district-wide staff.',
  })
  @IsOptional()
  @IsString()
  schoolId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name?: string | null;

  @Field(() => SchoolContactRole, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SchoolContactRole), ROLE)
  role?: SchoolContactRole | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmailAddress()
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsPhoneNumber()
  @IsOptional()
  phone?: string | null;
}

@InputType()
export class SchoolContactFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a district id' })
  districtId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the staff of this school.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a school id' })
  schoolId?: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "With schoolId: also the district-wide staff of the school's district (who may be in its escalation chain).",
  })
  @IsOptional()
  @IsBoolean()
  withDistrictStaff?: boolean;

  @Field(() => SchoolContactRole, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SchoolContactRole), ROLE)
  role?: SchoolContactRole;

  @Field(() => String, { nullable: true, description: 'Part of the name, title or email.' })
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
export class SchoolContactArgs extends PageArgs {
  @Field(() => SchoolContactFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SchoolContactFilter)
  filter?: SchoolContactFilter;
}
