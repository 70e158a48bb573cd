import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type, Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  Matches,
} from 'class-validator';
import { TRIGGERS } from '@onrecord/deadlines';
import { IsLocalDate, IsNotInFuture, PageArgs, IsNotBlank } from '@onrecord/platform/graphql';
import { DeliveryChannel, WrittenRequestStatus, WrittenRequestType } from './written-request.enums';
import { DeadlineTrigger } from '../deadlines/deadline-trigger';

/** Trims text before it is checked, so "   " is refused as empty rather than stored. */
const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const NOT_EMPTY = { message: 'must not be empty' };
const TYPE = { message: 'must be a written request type' };
const TRIGGER = { message: `must be one of the deadline triggers (${TRIGGERS.join(', ')})` };
const TRIGGER_DESCRIPTION =
  'What starts the clock. Required when the rules of the type start from more than one event (e.g. an EVALUATION: the request received, or consent received); otherwise the one event its rules have.';

/** The channels a written request goes out by (PHONE and IN_PERSON are for school answers). */
export const WRITTEN_CHANNELS = [
  DeliveryChannel.EMAIL,
  DeliveryChannel.LETTER,
  DeliveryChannel.HAND_DELIVERED,
  DeliveryChannel.PORTAL,
] as const;

@InputType()
export class RequestAttachmentInput {
  @Field(() => String)
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(300)
  fileName!: string;

  @Field(() => String, { nullable: true, description: 'e.g. application/pdf.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  contentType?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'cannot be negative' })
  sizeBytes?: number;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. "Psychiatrist\'s letter, 28 Oct 2025".',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

@InputType()
export class CreateWrittenRequestInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a case id' })
  caseId!: string;

  @Field(() => WrittenRequestType)
  @IsEnum(WrittenRequestType, TYPE)
  type!: WrittenRequestType;

  @Field(() => String)
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(300)
  subject!: string;

  @Field(() => String, { nullable: true, description: 'The letter as it will be sent.' })
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  body?: string;

  @Field(() => DeadlineTrigger, { nullable: true, description: TRIGGER_DESCRIPTION })
  @IsOptional()
  @IsIn(TRIGGERS, TRIGGER)
  trigger?: DeadlineTrigger;

  @Field(() => [ID], { description: 'School contacts of the organization, in the order written.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be a school contact id' })
  recipientIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: "Why a recipient outside the student's district is right (required then).",
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  recipientNote?: string;

  @Field(() => [RequestAttachmentInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RequestAttachmentInput)
  attachments?: RequestAttachmentInput[];

  @Field(() => [ID], {
    nullable: true,
    description:
      "Without a body: the guardians the letter is written for ({{guardian.name}}), in the order named: guardians of the case's family. Default: every guardian of the family on file.",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be a guardian id' })
  guardianIds?: string[];
}

@InputType({
  description:
    'A draft: any field. Once sent: only trigger, receivedOn, recipientIds and recipientNote (corrections that recompute the deadline).',
})
export class UpdateWrittenRequestInput {
  @Field(() => WrittenRequestType, { nullable: true })
  @IsOptional()
  @IsEnum(WrittenRequestType, TYPE)
  type?: WrittenRequestType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(300)
  subject?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50000)
  body?: string;

  @Field(() => DeadlineTrigger, { nullable: true, description: TRIGGER_DESCRIPTION })
  @IsOptional()
  @IsIn(TRIGGERS, TRIGGER)
  trigger?: DeadlineTrigger;

  @Field(() => String, {
    nullable: true,
    description: 'Once sent: a corrected date the school received it (YYYY-MM-DD).',
  })
  @IsOptional()
  @IsLocalDate()
  @IsNotInFuture()
  receivedOn?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the recipients.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'must be a school contact id' })
  recipientIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  recipientNote?: string;

  @Field(() => [RequestAttachmentInput], {
    nullable: true,
    description: 'Replaces the attachments.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RequestAttachmentInput)
  attachments?: RequestAttachmentInput[];
}

@InputType()
export class SendWrittenRequestInput {
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @IsLocalDate()
  @IsNotInFuture()
  sentOn!: string;

  @Field(() => DeliveryChannel, { description: 'EMAIL, LETTER, HAND_DELIVERED or PORTAL.' })
  @IsIn(WRITTEN_CHANNELS, {
    message: 'a written request goes out by EMAIL, LETTER, HAND_DELIVERED or PORTAL',
  })
  channel!: DeliveryChannel;

  @Field(() => String, {
    nullable: true,
    description:
      'When the school received it (YYYY-MM-DD): the deadline counts from it. Default: sentOn, except for a LETTER (required).',
  })
  @IsOptional()
  @IsLocalDate()
  @IsNotInFuture()
  receivedOn?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For an EMAIL: the Message-ID of the email that carried the request (e.g. "<CAF…@mail.gmail.com>", from "Show original"). Follow-ups then reply in the same thread.',
  })
  @IsOptional()
  @Matches(/^<[^<>\s@]+@[^<>\s@]+>$/, {
    message: "must be a Message-ID written <left@right>, as in the email's headers",
  })
  emailMessageId?: string;
}

@InputType()
export class EmailWrittenRequestInput {
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Copy the family's guardians who have an email address (default: no). They see what the school was asked, in its words.",
  })
  @IsOptional()
  @IsBoolean()
  copyGuardians?: boolean | null;
}

@InputType()
export class OverrideDeadlineInput {
  @Field(() => String, { description: 'YYYY-MM-DD: the due day to use instead.' })
  @IsLocalDate()
  dueOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why (required): it is audited and shown beside the date.',
  })
  @Trim()
  @ValidateBy({
    name: 'isReason',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && value.length > 0 && value.length <= 2000,
      defaultMessage: () => 'must say why the deadline is set by hand (at most 2000 characters)',
    },
  })
  reason!: string;
}

@InputType({
  description:
    "Where the request would go: a case (its student's district), a district, or only a state. Exactly one.",
})
export class DeadlinePreviewInput {
  @Field(() => ID, { nullable: true, description: "A case: its student's school's district." })
  @IsOptional()
  @IsUUID('all', { message: 'must be a case id' })
  caseId?: string;

  @Field(() => ID, {
    nullable: true,
    description: "A district of the organization's directory (before there is a case).",
  })
  @IsOptional()
  @IsUUID('all', { message: 'must be a district id' })
  districtId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Only a state (two letters, e.g. TX): counted in the organization's time zone without a school calendar, so school-day counts are provisional.",
  })
  @IsOptional()
  @Trim()
  @Matches(/^[A-Za-z]{2}$/, { message: 'must be a two-letter state code, e.g. TX' })
  state?: string;

  @Field(() => WrittenRequestType)
  @IsEnum(WrittenRequestType, TYPE)
  type!: WrittenRequestType;

  @Field(() => DeadlineTrigger, { nullable: true, description: TRIGGER_DESCRIPTION })
  @IsOptional()
  @IsIn(TRIGGERS, TRIGGER)
  trigger?: DeadlineTrigger;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD: when the school receives (received) it. Default: today where the request goes ("if we send it today").',
  })
  @IsOptional()
  @IsLocalDate()
  receivedOn?: string;
}

@InputType()
export class WrittenRequestFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a case id' })
  caseId?: string;

  @Field(() => [WrittenRequestStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @IsArray()
  @IsEnum(WrittenRequestStatus, { each: true, message: 'must be a written request status' })
  status?: WrittenRequestStatus[];

  @Field(() => WrittenRequestType, { nullable: true })
  @IsOptional()
  @IsEnum(WrittenRequestType, TYPE)
  type?: WrittenRequestType;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: SENT past its deadline with no response; false: not that.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only requests of cases you are assigned to (an advocate\'s "mine"); otherwise everyone\'s.',
  })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean;

  @Field(() => String, { nullable: true, description: 'Due on or before this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsLocalDate()
  dueBefore?: string;

  @Field(() => String, { nullable: true, description: 'Due on or after this day (YYYY-MM-DD).' })
  @IsOptional()
  @IsLocalDate()
  dueAfter?: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class WrittenRequestsArgs extends PageArgs {
  @Field(() => WrittenRequestFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WrittenRequestFilter)
  filter?: WrittenRequestFilter;
}

@ArgsType()
export class DueSoonArgs extends PageArgs {
  @Field(() => Int, {
    defaultValue: 5,
    description: 'Due within this many days from now, 1 to 90.',
  })
  @Min(1)
  @Max(90)
  withinDays = 5;
}
