import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IsLocalDate } from '@onrecord/platform/graphql';
import { WrittenRequestType } from '@onrecord/requests';

/** The requests sent, and the cases opened, from `from` to `to`, both included. */
@InputType()
export class ReportRangeInput {
  @Field({ description: 'YYYY-MM-DD, included.' })
  @IsLocalDate()
  from!: string;

  @Field({ description: 'YYYY-MM-DD, included; at most ten years after `from`.' })
  @IsLocalDate()
  to!: string;
}

const IDS = { each: true, message: 'must be ids' } as const;

/** Only what matches every filter given. */
@InputType()
export class OutcomeReportFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', IDS)
  districtIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', IDS)
  schoolIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Members assigned to the case.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', IDS)
  advocateIds?: string[] | null;

  @Field(() => [WrittenRequestType], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(WrittenRequestType, { each: true, message: 'must be written request types' })
  requestTypes?: WrittenRequestType[] | null;
}
