/**
 * What the other libs, the apps and the tests use of surveys: its modules, the results the
 * reports read, the entities. The rest is its own; export more here only when another lib
 * needs it.
 */
export { SURVEYS_ENTITIES } from './surveys.entities';
export { SurveysModule, SurveysWorkerModule } from './surveys.module';
export { ParentSurveyResults, type SurveyRange } from './parent-survey-results.service';
export {
  ParentSurveyCommentObject,
  ParentSurveyResultsObject,
} from './parent-survey-results.objects';
