import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
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
}
