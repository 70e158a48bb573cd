/**
 * The operations of the parent survey page (plain fetch, as the rest of the portal; see
 * graphql.ts). Sent without the portal session: the link's token is all a survey needs, and a
 * guardian signed in on this device must not get in its way.
 */

/** The most a comment may say (the api's limit). */
export const COMMENT_MAX = 2000;

export const SURVEY_FORM = `query PortalSurveyForm($token: String!) {
  parentSurveyForm(token: $token) {
    language organizationName commentPrompt answeredAt questions { id text }
  }
}`;

export const ANSWER_SURVEY = `mutation PortalAnswerSurvey($input: AnswerParentSurveyInput!) {
  answerParentSurvey(input: $input) { answeredAt }
}`;

export interface SurveyForm {
  language: string;
  organizationName: string;
  commentPrompt: string;
  answeredAt: string | null;
  questions: Array<{ id: string; text: string }>;
}
