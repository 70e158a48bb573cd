import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, IsNotInFuture, PageArgs, IsNotBlank } from '@onrecord/platform/graphql';
import { CommitmentStatus, RefusalReason, ResponseOutcome } from './school-response.enums';
import { DeliveryChannel } from '../written-requests/written-request.enums';

/** Trims text before it is checked, so "   " is refused as empty rather than stored. */
const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const NOT_EMPTY = { message: 'must not be empty' };

@InputType({ description: 'What the school promised, and by when.' })
export class CommitmentInput {
  @Field(() => String, { description: 'e.g. "We will collect data for four weeks".' })
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(2000)
  description!: string;

  @Field(() => String, { description: 'YYYY-MM-DD, not before the response.' })
  @IsLocalDate()
  dueOn!: string;

  @Field(() => String, { nullable: true, description: 'For "we need more data": what data.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  dataWhat?: string | null;

  @Field(() => String, { nullable: true, description: 'How it will be collected.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  dataHow?: string | null;

  @Field(() => String, { nullable: true, description: 'What happens in the meantime.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  meanwhile?: string | null;
}

@InputType()
export class UpdateCommitmentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(2000)
  description?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  dueOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  dataWhat?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  dataHow?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  meanwhile?: string | null;
}

@InputType({ description: 'What the school said to a written request, recorded in one step.' })
export class SchoolResponseInput {
  @Field(() => String, { description: 'YYYY-MM-DD: not before the request was sent, not future.' })
  @IsLocalDate()
  @IsNotInFuture()
  receivedOn!: string;

  @Field(() => DeliveryChannel)
  @IsEnum(DeliveryChannel)
  channel!: DeliveryChannel;

  @Field(() => ID, { nullable: true, description: 'The school contact who answered.' })
  @IsOptional()
  @IsString()
  respondedByContactId?: string | null;

  @Field(() => ResponseOutcome)
  @IsEnum(ResponseOutcome)
  outcome!: ResponseOutcome;

  @Field(() => [RefusalReason], {
    nullable: true,
    description: 'The reasons given for a no; not for GRANTED or MEETING_SCHEDULED.',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'must not repeat a reason' })
  @IsEnum(RefusalReason, { each: true })
  reasons?: RefusalReason[] | null;

  @Field(() => String, { nullable: true, description: "A summary, or the school's words." })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether Prior Written Notice came with it.',
  })
  @IsOptional()
  @IsBoolean()
  priorWrittenNotice?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'It answers only part of the request (PARTIALLY_GRANTED always does).',
  })
  @IsOptional()
  @IsBoolean()
  partial?: boolean | null;

  @Field(() => [CommitmentInput], {
    nullable: true,
    description: 'What the school promised. DEFERRED_NEEDS_DATA needs one with its data plan.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CommitmentInput)
  commitments?: CommitmentInput[] | null;
}

@InputType()
export class UpdateSchoolResponseInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  @IsNotInFuture()
  receivedOn?: string | null;

  @Field(() => DeliveryChannel, { nullable: true })
  @IsOptional()
  @IsEnum(DeliveryChannel)
  channel?: DeliveryChannel | null;

  @Field(() => ID, { nullable: true, description: 'Set to null to clear.' })
  @IsOptional()
  @IsString()
  respondedByContactId?: string | null;

  @Field(() => ResponseOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(ResponseOutcome)
  outcome?: ResponseOutcome | null;

  @Field(() => [RefusalReason], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique({ message: 'must not repeat a reason' })
  @IsEnum(RefusalReason, { each: true })
  reasons?: RefusalReason[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  priorWrittenNotice?: boolean | null;
}

@ArgsType()
export class SchoolResponsesArgs {
  @Field(() => ID)
  @IsString()
  requestId!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@InputType()
export class CommitmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  caseId?: string | null;

  @Field(() => CommitmentStatus, { nullable: true })
  @IsOptional()
  @IsEnum(CommitmentStatus)
  status?: CommitmentStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only commitments on cases you are assigned to (an advocate\'s "mine"); otherwise everyone\'s.',
  })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only OPEN ones past their due day; false: only the others.',
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}

@ArgsType()
export class CommitmentsArgs extends PageArgs {
  @Field(() => CommitmentFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CommitmentFilter)
  filter?: CommitmentFilter | null;
}
