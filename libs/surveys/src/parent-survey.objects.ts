import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ParentSurveyReason } from './parent-survey.enums';

@ObjectType('ParentSurveyQuestion')
export class ParentSurveyQuestionObject {
  @Field(() => ID, {
    nullable: true,
    description: 'None while the organization still has the built-in survey, never saved.',
  })
  id!: string | null;

  @Field(() => Int)
  position!: number;

  @Field()
  textEn!: string;

  @Field()
  textEs!: string;
}

/** The organization's parent survey, as guardians get it. */
@ObjectType('ParentSurvey')
export class ParentSurveyObject {
  @Field({
    description: 'It goes to each guardian with an email when a case is RESOLVED or CLOSED.',
  })
  sendWhenCaseEnds!: boolean;

  @Field(() => [ParentSurveyQuestionObject])
  questions!: ParentSurveyQuestionObject[];

  @Field()
  commentPromptEn!: string;

  @Field()
  commentPromptEs!: string;

  @Field({ description: 'False while the built-in survey applies (never saved or sent).' })
  saved!: boolean;
}

/** The survey offered to one guardian about one case. Never its answers: those are counted. */
@ObjectType('ParentSurveyInvitation')
export class ParentSurveyInvitationObject {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => ID)
  guardianId!: string;

  @Field()
  email!: string;

  @Field({ description: 'en or es.' })
  language!: string;

  @Field(() => ParentSurveyReason)
  reason!: ParentSurveyReason;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'None: on its way.' })
  sentAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  answeredAt!: Date | null;
}

/** One question as the guardian reads it, in the invitation's language. */
@ObjectType('ParentSurveyFormQuestion')
export class ParentSurveyFormQuestionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;
}

/** The survey behind a link: what the public page shows. Nothing of the family. */
@ObjectType('ParentSurveyForm')
export class ParentSurveyFormObject {
  @Field({ description: 'en or es: the page is in this language.' })
  language!: string;

  @Field()
  organizationName!: string;

  @Field(() => [ParentSurveyFormQuestionObject])
  questions!: ParentSurveyFormQuestionObject[];

  @Field()
  commentPrompt!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Answered already: when.' })
  answeredAt!: Date | null;
}

@ObjectType('ParentSurveyAnswered')
export class ParentSurveyAnsweredObject {
  @Field(() => GraphQLISODateTime)
  answeredAt!: Date;
}
