import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs, IsNotBlank } from '@onrecord/platform/graphql';
import { FollowUpKind, FollowUpStatus } from '../model/follow-up-enums';

@InputType()
export class FollowUpFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  caseId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  requestId?: string | null;

  @Field(() => [FollowUpStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsEnum(FollowUpStatus, { each: true, message: 'must be follow-up statuses' })
  status?: FollowUpStatus[] | null;

  @Field(() => [FollowUpKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsEnum(FollowUpKind, { each: true, message: 'must be follow-up kinds' })
  kind?: FollowUpKind[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only follow-ups of cases you are assigned to (an advocate\'s "mine"); otherwise everyone\'s.',
  })
  @IsOptional()
  @IsBoolean()
  assignedToMe?: boolean | null;
}

@ArgsType()
export class FollowUpsArgs extends PageArgs {
  @Field(() => FollowUpFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FollowUpFilter)
  filter?: FollowUpFilter | null;
}

/** A draft's words, as the advocate wants them sent. Only what is given changes. */
@InputType()
export class EditFollowUpDraftInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'cannot be empty' })
  @MaxLength(300)
  subject?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @IsNotBlank({ message: 'cannot be empty' })
  @MaxLength(50_000)
  body?: string | null;
}

@InputType()
export class FollowUpTemplateInput {
  @Field()
  @IsString()
  @IsNotBlank({ message: 'cannot be empty' })
  @MaxLength(300)
  subject!: string;

  @Field()
  @IsString()
  @IsNotBlank({ message: 'cannot be empty' })
  @MaxLength(50_000)
  body!: string;
}

@InputType({ description: 'Words of a follow-up kind not yet saved, to preview in one language.' })
export class FollowUpTemplatePreviewInput extends FollowUpTemplateInput {
  @Field({ defaultValue: 'en', description: 'en, or es for words to families.' })
  @IsString()
  language!: string;
}
