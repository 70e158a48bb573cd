import { ArgsType, Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, IsNotInFuture, PageArgs } from '@onrecord/platform/graphql';
import { MeetingKind } from './meeting.enums';

const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const INSTANT = { message: 'must be an instant such as 2025-10-06T14:00:00Z' };

@InputType({
  description:
    'Who attends: a school contact (contactId), a member of the organization (memberId), or anyone else by name.',
})
export class MeetingAttendeeInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  contactId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  memberId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Needed when neither contactId nor memberId is given.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "parent", "private therapist".' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  role?: string | null;
}

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  @IsString()
  caseId!: string;

  @Field(() => GraphQLISODateTime, {
    description: 'When it starts (an instant). A past one records a meeting already held.',
  })
  @IsDate(INSTANT)
  startsAt!: Date;

  @Field(() => MeetingKind)
  @IsEnum(MeetingKind)
  kind!: MeetingKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  notes?: string | null;

  @Field(() => [MeetingAttendeeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeetingAttendeeInput)
  attendees?: MeetingAttendeeInput[] | null;
}

@InputType({ description: 'Only what is given changes; attendees, when given, replace the list.' })
export class UpdateMeetingInput {
  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  location?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  notes?: string | null;

  @Field(() => [MeetingAttendeeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeetingAttendeeInput)
  attendees?: MeetingAttendeeInput[] | null;
}

@InputType()
export class CompleteMeetingTaskInput {
  @Field(() => String, { description: 'YYYY-MM-DD: the day it was sent; not in the future.' })
  @IsLocalDate()
  @IsNotInFuture()
  doneOn!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The written request that carried it (of the same case).',
  })
  @IsOptional()
  @IsString()
  requestId?: string | null;
}

@InputType()
export class MeetingFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  caseId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Starting at or after.' })
  @IsOptional()
  @IsDate(INSTANT)
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Starting before.' })
  @IsOptional()
  @IsDate(INSTANT)
  to?: Date | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => MeetingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingFilter)
  filter?: MeetingFilter | null;
}

@InputType()
export class MeetingTaskFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  caseId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only done ones; false: open ones.' })
  @IsOptional()
  @IsBoolean()
  done?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only open ones past their due time; false: only the others.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}

@ArgsType()
export class MeetingTasksArgs extends PageArgs {
  @Field(() => MeetingTaskFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingTaskFilter)
  filter?: MeetingTaskFilter | null;
}

export const NOT_EMPTY_NAME = 'needs a name when it names no school contact and no member';
