import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsNotBlank } from '@onrecord/platform/graphql';
import { IsLanguageTag, Trim } from '../input-rules';
import { DisabilityCategory, RaceEthnicity } from './demographics.enums';

/*
 * Demographics are replaced whole: every field says its value, null for "not asked". That
 * makes "clear what was recorded by mistake" as easy as recording it.
 */

@InputType()
export class StudentDemographicsInput {
  @Field(() => RaceEthnicity, { nullable: true })
  @IsOptional()
  @IsEnum(RaceEthnicity, { message: 'must be a race or ethnicity category' })
  raceEthnicity!: RaceEthnicity | null;

  @Field(() => DisabilityCategory, { nullable: true })
  @IsOptional()
  @IsEnum(DisabilityCategory, { message: 'must be a disability category' })
  primaryDisability!: DisabilityCategory | null;
}

@InputType()
export class GuardianDemographicsInput {
  @Field(() => String, { nullable: true, description: 'BCP 47, e.g. "es", "vi", "zh-Hant".' })
  @IsOptional()
  @IsLanguageTag()
  primaryLanguage!: string | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  primaryLanguageDeclined = false;
}

@InputType()
export class FamilyDemographicsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(100)
  county!: string | null;

  @Field(() => String, { nullable: true, description: '12345 or 12345-6789.' })
  @IsOptional()
  @Trim()
  @Matches(/^\d{5}(-\d{4})?$/, { message: 'must be a ZIP code: 12345 or 12345-6789' })
  postalCode!: string | null;

  @Field(() => Boolean, { defaultValue: false })
  @IsBoolean()
  placeDeclined = false;
}
