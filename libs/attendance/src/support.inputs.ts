import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsLocalDate, IsNotBlank } from '@onrecord/platform/graphql';

@InputType()
export class SupportInput {
  @Field(() => String, { description: 'e.g. "Late start", "Safe person", "Pass to a calm space".' })
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @IsLocalDate()
  startedOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; leave out while in place.' })
  @IsOptional()
  @IsLocalDate()
  endedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

@InputType({
  description: 'Only the fields sent change. endedOn: null puts the support back in place.',
})
export class UpdateSupportInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  startedOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLocalDate()
  endedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}
