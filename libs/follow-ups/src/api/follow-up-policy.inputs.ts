import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsEmailAddress } from '@onrecord/platform/graphql';
import { SendingDays } from '../model/follow-up-enums';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const TIME_OR_END = /^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/;
const days = (min: number, max: number, unit: string) => ({
  message: `must be a whole number of ${unit} from ${min} to ${max}`,
});

/** Only what is given changes. */
@InputType()
export class UpdateFollowUpPolicyInput {
  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  remindAdvocates?: boolean | null;

  @Field(() => Int, { nullable: true, description: '0–30 business days before the deadline.' })
  @IsOptional()
  @IsInt(days(0, 30, 'business days'))
  @Min(0, days(0, 30, 'business days'))
  @Max(30, days(0, 30, 'business days'))
  remindBusinessDaysBefore?: number | null;

  @Field(() => Int, { nullable: true, description: '0–30 school days after the deadline.' })
  @IsOptional()
  @IsInt(days(0, 30, 'school days'))
  @Min(0, days(0, 30, 'school days'))
  @Max(30, days(0, 30, 'school days'))
  followUpSchoolDaysAfter?: number | null;

  @Field(() => Int, { nullable: true, description: '1–60 school days after the previous one.' })
  @IsOptional()
  @IsInt(days(1, 60, 'school days'))
  @Min(1, days(1, 60, 'school days'))
  @Max(60, days(1, 60, 'school days'))
  escalateSchoolDaysAfter?: number | null;

  @Field(() => Int, { nullable: true, description: '1–10 school-facing messages per item.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 1 to 10' })
  @Min(1, { message: 'must be a whole number from 1 to 10' })
  @Max(10, { message: 'must be a whole number from 1 to 10' })
  maxFollowUps?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  requireApproval?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  notifyGuardians?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: '0–20 school days an unclassified reply holds the next follow-up; 0: never.',
  })
  @IsOptional()
  @IsInt(days(0, 20, 'school days'))
  @Min(0, days(0, 20, 'school days'))
  @Max(20, days(0, 20, 'school days'))
  replyHoldSchoolDays?: number | null;

  @Field(() => String, { nullable: true, description: "'HH:MM', district time." })
  @IsOptional()
  @Matches(TIME, { message: "must be a time written 'HH:MM' (00:00–23:59)" })
  sendingWindowStart?: string | null;

  @Field(() => String, { nullable: true, description: "'HH:MM' or '24:00', district time." })
  @IsOptional()
  @Matches(TIME_OR_END, { message: "must be a time written 'HH:MM' (00:00–23:59) or '24:00'" })
  sendingWindowEnd?: string | null;

  @Field(() => SendingDays, { nullable: true })
  @IsOptional()
  @IsEnum(SendingDays, { message: 'must be SCHOOL_DAYS, WEEKDAYS or EVERY_DAY' })
  sendingDays?: SendingDays | null;

  @Field(() => String, { nullable: true, description: "'HH:MM', the organization's time." })
  @IsOptional()
  @Matches(TIME, { message: "must be a time written 'HH:MM' (00:00–23:59)" })
  digestTime?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The organization's sending address; null for the platform's.",
  })
  @IsOptional()
  @IsEmailAddress()
  sendingAddress?: string | null;
}
