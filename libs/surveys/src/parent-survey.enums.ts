import { registerEnumType } from '@nestjs/graphql';

/** Why a guardian was offered the survey. */
export enum ParentSurveyReason {
  /** The case became RESOLVED or CLOSED and the organization sends it then. */
  CASE_ENDED = 'CASE_ENDED',
  /** A member sent it (sendParentSurvey). */
  BY_HAND = 'BY_HAND',
}
registerEnumType(ParentSurveyReason, { name: 'ParentSurveyReason' });
