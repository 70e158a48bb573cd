import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ParentSurveyRatingCount')
export class ParentSurveyRatingCountObject {
  @Field(() => Int, { description: '1 (strongly disagree) to 5 (strongly agree).' })
  rating!: number;

  @Field(() => Int)
  count!: number;
}

/** How the families who answered rated one question. */
@ObjectType('ParentSurveyQuestionResult')
export class ParentSurveyQuestionResultObject {
  @Field(() => ID)
  questionId!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  textEn!: string;

  @Field()
  textEs!: string;

  @Field({ description: 'False: taken out of the survey since; its answers still count here.' })
  inSurveyNow!: boolean;

  @Field(() => [ParentSurveyRatingCountObject], {
    description: 'Answers of each rating, 1 to 5, all five always listed.',
  })
  ratings!: ParentSurveyRatingCountObject[];

  @Field(() => Int, { description: 'Answered "not applicable".' })
  notApplicable!: number;

  @Field(() => Int, { description: 'Rated 4 or 5: agree or strongly agree.' })
  agreeing!: number;
}

@ObjectType('ParentSurveyLanguageResult')
export class ParentSurveyLanguageResultObject {
  @Field({ description: 'en or es.' })
  language!: string;

  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  answered!: number;
}

/**
 * The parent survey over a range: the invitations sent in it (by the organization's days),
 * and what those that were answered said, counted. Never a family, never a comment.
 */
@ObjectType('ParentSurveyResults')
export class ParentSurveyResultsObject {
  @Field(() => Int)
  sent!: number;

  @Field(() => Int)
  answered!: number;

  @Field(() => [ParentSurveyQuestionResultObject], {
    description: 'The survey’s questions now, and any taken out since that were answered.',
  })
  questions!: ParentSurveyQuestionResultObject[];

  @Field(() => [ParentSurveyLanguageResultObject], { description: 'English, then Spanish.' })
  byLanguage!: ParentSurveyLanguageResultObject[];
}

/** A guardian's comment, without anything that says whose: for admins only. */
@ObjectType('ParentSurveyComment')
export class ParentSurveyCommentObject {
  @Field({ description: 'en or es: the language the survey was answered in.' })
  language!: string;

  @Field()
  comment!: string;
}
