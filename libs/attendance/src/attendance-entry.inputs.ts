import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsLocalDate, IsLocalTime, IsNotInFuture, PageArgs } from '@onrecord/platform/graphql';
import { AttendanceStatus } from './attendance-status';

export const MAX_PERIOD = 12;

/** One school day as a person enters it; shared by the single-day and the week forms. */
@InputType()
export class AttendanceDayInput {
  @Field(() => String, { description: 'YYYY-MM-DD, not in the future.' })
  @IsLocalDate()
  @IsNotInFuture()
  date!: string;

  @Field(() => AttendanceStatus)
  @IsIn(Object.values(AttendanceStatus), { message: 'must be an attendance status' })
  status!: AttendanceStatus;

  @Field(() => [Int], {
    nullable: true,
    description: `Periods missed, 1 to ${MAX_PERIOD}. A PARTIAL day needs these or arrivalTime.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PERIOD)
  @ArrayUnique({ message: 'must not name a period twice' })
  @IsInt({ each: true, message: 'must be whole period numbers' })
  @Min(1, { each: true, message: `must be periods 1 to ${MAX_PERIOD}` })
  @Max(MAX_PERIOD, { each: true, message: `must be periods 1 to ${MAX_PERIOD}` })
  periodsMissed?: number[];

  @Field(() => String, { nullable: true, description: 'HH:MM, for PARTIAL and TARDY days only.' })
  @IsOptional()
  @IsLocalTime()
  arrivalTime?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Trigger labels: built-in ones or the organization’s active observation tags.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  triggers?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'The student’s supports in place that day (active on the date).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  supportIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  studentResponse?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Records the day even though the district calendar has no school on it (a weekend, a break, outside the school year).',
  })
  @IsOptional()
  @IsBoolean()
  acknowledgeNonSchoolDay?: boolean;
}

@InputType({
  description:
    'Records the student’s entry for the date: an entry already there is replaced by what is sent (fields left out are emptied).',
})
export class RecordAttendanceInput extends AttendanceDayInput {
  @Field(() => ID)
  @IsString()
  studentId!: string;
}

@InputType({ description: 'A week of entries at once: all are recorded, or none.' })
export class RecordAttendanceWeekInput {
  @Field(() => ID)
  @IsString()
  studentId!: string;

  @Field(() => String, { description: 'The Monday of the week, YYYY-MM-DD.' })
  @IsLocalDate()
  weekOf!: string;

  @Field(() => [AttendanceDayInput], { description: 'Days of that week, each date once.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'must have at least one day' })
  @ArrayMaxSize(7)
  @ValidateNested({ each: true })
  @Type(() => AttendanceDayInput)
  days!: AttendanceDayInput[];
}

@ArgsType()
export class AttendanceEntriesArgs extends PageArgs {
  @Field(() => ID)
  @IsString()
  studentId!: string;

  @Field(() => String, { nullable: true, description: 'From this date, inclusive.' })
  @IsOptional()
  @IsLocalDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this date, inclusive.' })
  @IsOptional()
  @IsLocalDate()
  to?: string | null;
}

/** The period a summary covers, and how a PARTIAL day is weighed. */
@ArgsType()
export class AttendanceRangeArgs {
  @Field(() => String, { nullable: true, description: 'From this date, inclusive.' })
  @IsOptional()
  @IsLocalDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'To this date, inclusive.' })
  @IsOptional()
  @IsLocalDate()
  to?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many periods the student’s school day has, to weigh PARTIAL days; default 7.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PERIOD)
  periodsPerDay?: number | null;
}

@ArgsType()
export class AttendanceSummaryArgs extends AttendanceRangeArgs {
  @Field(() => ID)
  @IsString()
  studentId!: string;
}
