import { Field, InputType, Int } from '@nestjs/graphql';
import {
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { FeedFamilyNames, SoftDeadlineUnit } from './organization-setting.objects';

const DAYS = { message: 'must be a whole number of business days from 0 to 30' };
const PERIOD = { message: 'must be a whole number from 1 to 120' };

/** Only what is given changes. */
@InputType()
export class UpdateOrganizationSettingsInput {
  @Field(() => Int, { nullable: true, description: '0–30 business days.' })
  @IsOptional()
  @IsInt(DAYS)
  @Min(0, DAYS)
  @Max(30, DAYS)
  meetingConcernsDaysBefore?: number | null;

  @Field(() => Int, { nullable: true, description: '0–30 business days.' })
  @IsOptional()
  @IsInt(DAYS)
  @Min(0, DAYS)
  @Max(30, DAYS)
  meetingSummaryDaysAfter?: number | null;

  @Field(() => Int, { nullable: true, description: '1–120, in softDeadlineUnit.' })
  @IsOptional()
  @IsInt(PERIOD)
  @Min(1, PERIOD)
  @Max(120, PERIOD)
  softDeadlinePeriod?: number | null;

  @Field(() => SoftDeadlineUnit, { nullable: true })
  @IsOptional()
  @IsEnum(SoftDeadlineUnit, { message: 'must be CALENDAR_DAYS, BUSINESS_DAYS or SCHOOL_DAYS' })
  softDeadlineUnit?: SoftDeadlineUnit | null;

  @Field(() => FeedFamilyNames, { nullable: true })
  @IsOptional()
  @IsEnum(FeedFamilyNames, { message: 'must be INITIALS or FULL_NAME' })
  feedFamilyNames?: FeedFamilyNames | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The letterhead\'s postal address, up to 4 lines and 300 characters ("" to remove).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'must be at most 300 characters' })
  @Matches(/^[^\n]*(\n[^\n]*){0,3}$/, { message: 'must be at most 4 lines' })
  letterheadAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'The letterhead\'s phone ("" to remove).' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'must be at most 40 characters' })
  @Matches(/^[0-9+()\-.\s]*(ext\.?\s*\d+)?$/i, { message: 'must be a phone number' })
  letterheadPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'The letterhead\'s email ("" to remove).' })
  @IsOptional()
  @ValidateIf((input: { letterheadEmail?: string | null }) => !!input.letterheadEmail?.trim())
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  letterheadEmail?: string | null;
}
