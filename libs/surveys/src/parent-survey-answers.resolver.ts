import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@onrecord/platform/auth';
import { CurrentRequest, type RequestContext } from '@onrecord/platform/request';
import { ParentSurveyAnswers } from './parent-survey-answers.service';
import { AnswerParentSurveyInput } from './parent-survey.inputs';
import { ParentSurveyAnsweredObject, ParentSurveyFormObject } from './parent-survey.objects';

/** Guardians answering the parent survey from its emailed link: no account, the link only. */
@Resolver()
export class ParentSurveyAnswersResolver {
  constructor(private readonly answers: ParentSurveyAnswers) {}

  @Public()
  @Query(() => ParentSurveyFormObject, {
    description: 'The survey a parent survey link opens, in its language. Nothing of the family.',
  })
  parentSurveyForm(
    @Args('token') token: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<ParentSurveyFormObject> {
    return this.answers.form(token, request.requestId);
  }

  @Public()
  @Mutation(() => ParentSurveyAnsweredObject, {
    description: 'Answers the survey of a link, once; a second answer is refused (CONFLICT).',
  })
  answerParentSurvey(
    @Args('input') input: AnswerParentSurveyInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<ParentSurveyAnsweredObject> {
    return this.answers.answer(input, request.requestId);
  }
}
