import { ParentSurveyAnswer } from './parent-survey-answer.entity';
import { ParentSurveyInvitation } from './parent-survey-invitation.entity';
import { ParentSurveyQuestion } from './parent-survey-question.entity';
import { ParentSurvey } from './parent-survey.entity';

/** The TypeORM entities of surveys, in one list: the schema catalog and the lib's specs use it. */
export const SURVEYS_ENTITIES = [
  ParentSurvey,
  ParentSurveyQuestion,
  ParentSurveyInvitation,
  ParentSurveyAnswer,
];
