import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsNotBlank } from '@onrecord/platform/graphql';
import { PARENT_SURVEY_LIMITS } from './default-parent-survey';

const trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
const NOT_EMPTY = { message: 'must not be empty' };
/** Left out: unchanged. Null is refused by the field's rules: the survey cannot be without it. */
const Omittable = () => ValidateIf((_object, value) => value !== undefined);

/** One question as the admin words it; without an id it is a new question. */
@InputType()
export class ParentSurveyQuestionInput {
  @Field(() => ID, { nullable: true, description: 'A question of the survey now; none: new.' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a question of this survey' })
  id?: string | null;

  @Field(() => String, { description: 'The statement in English, rated 1 (disagree) to 5.' })
  @trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(PARENT_SURVEY_LIMITS.questionText)
  textEn!: string;

  @Field(() => String, { description: 'The same statement in Spanish.' })
  @trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(PARENT_SURVEY_LIMITS.questionText)
  textEs!: string;
}

/** What an admin changes of the survey; what is left out stays as it is. */
@InputType()
export class UpdateParentSurveyInput {
  @Field(() => Boolean, { nullable: true })
  @Omittable()
  @IsBoolean()
  sendWhenCaseEnds?: boolean;

  @Field(() => [ParentSurveyQuestionInput], {
    nullable: true,
    description: 'Every question, in order: one left out is taken out of the survey.',
  })
  @Omittable()
  @IsArray()
  @ArrayMinSize(1, { message: 'must hold at least one question' })
  @ArrayMaxSize(PARENT_SURVEY_LIMITS.questions)
  @ValidateNested({ each: true })
  @Type(() => ParentSurveyQuestionInput)
  questions?: ParentSurveyQuestionInput[];

  @Field(() => String, { nullable: true })
  @Omittable()
  @trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(PARENT_SURVEY_LIMITS.commentPrompt)
  commentPromptEn?: string;

  @Field(() => String, { nullable: true })
  @Omittable()
  @trim()
  @IsString()
  @IsNotBlank(NOT_EMPTY)
  @MaxLength(PARENT_SURVEY_LIMITS.commentPrompt)
  commentPromptEs?: string;
}

/** A guardian's rating of one question. */
@InputType()
export class ParentSurveyRatingInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a question of this survey' })
  questionId!: string;

  @Field(() => Int, {
    nullable: true,
    description: '1 (strongly disagree) to 5 (strongly agree); null: not applicable.',
  })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 1 to 5, or null for not applicable' })
  @Min(1, { message: 'must be from 1 to 5, or null for not applicable' })
  @Max(5, { message: 'must be from 1 to 5, or null for not applicable' })
  rating?: number | null;
}

/** A guardian's answers, with the link's token: one rating for every question, and a comment. */
@InputType()
export class AnswerParentSurveyInput {
  @Field(() => String, { description: 'The token of the survey link (`ors_…`).' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field(() => [ParentSurveyRatingInput])
  @IsArray()
  @ArrayMaxSize(PARENT_SURVEY_LIMITS.questions * 2)
  @ValidateNested({ each: true })
  @Type(() => ParentSurveyRatingInput)
  ratings!: ParentSurveyRatingInput[];

  @Field(() => String, { defaultValue: '' })
  @trim()
  @IsString()
  @MaxLength(PARENT_SURVEY_LIMITS.comment)
  comment = '';
}
