import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsTimeZone, IsUsState, PageArgs, IsNotBlank } from '@onrecord/platform/graphql';

@InputType()
export class CreateDistrictInput {
  @Field(() => String)
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { description: 'Two-letter US state code: the jurisdiction.' })
  @IsUsState()
  state!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. America/Chicago.' })
  @IsTimeZone()
  timeZone!: string;
}

@InputType()
export class UpdateDistrictInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUsState()
  state?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

@InputType()
export class DistrictFilter {
  @Field(() => String, { nullable: true, description: 'Only districts in this state.' })
  @IsOptional()
  @IsUsState()
  state?: string;

  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
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
export class DistrictArgs extends PageArgs {
  @Field(() => DistrictFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => DistrictFilter)
  filter?: DistrictFilter;
}
