import { graphql } from '../../gql';

export const PARENT_SURVEY = graphql(`
  query ParentSurveySettings {
    parentSurvey {
      saved
      sendWhenCaseEnds
      commentPromptEn
      commentPromptEs
      questions {
        id
        position
        textEn
        textEs
      }
    }
  }
`);

export const UPDATE_PARENT_SURVEY = graphql(`
  mutation UpdateParentSurvey($input: UpdateParentSurveyInput!) {
    updateParentSurvey(input: $input) {
      saved
      sendWhenCaseEnds
      commentPromptEn
      commentPromptEs
      questions {
        id
        position
        textEn
        textEs
      }
    }
  }
`);

/** Who of the case's family was offered the survey and whether they answered: never what. */
export const CASE_SURVEY_INVITATIONS = graphql(`
  query CaseSurveyInvitations($caseId: ID!) {
    parentSurveyInvitations(caseId: $caseId) {
      id
      guardianId
      email
      language
      reason
      createdAt
      sentAt
      answeredAt
    }
  }
`);

export const SEND_PARENT_SURVEY = graphql(`
  mutation SendParentSurvey($caseId: ID!) {
    sendParentSurvey(caseId: $caseId) {
      id
    }
  }
`);
