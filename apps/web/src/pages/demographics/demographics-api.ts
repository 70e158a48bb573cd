import { graphql } from '../../gql';

/**
 * What funder reports count of a case's family, apart from the case page's query: only
 * admins and advocates may read it (an analyst is refused the field), so it is asked for only
 * when the reader is one of them.
 */
export const CASE_DEMOGRAPHICS = graphql(`
  query CaseDemographics($id: ID!) {
    case(id: $id) {
      id
      family {
        id
        demographics {
          county
          postalCode
          placeDeclined
        }
        guardians {
          id
          name
          relationship
          demographics {
            primaryLanguage
            primaryLanguageDeclined
          }
        }
      }
      student {
        id
        name
        demographics {
          raceEthnicity
          primaryDisability
        }
      }
    }
  }
`);

export const SET_STUDENT_DEMOGRAPHICS = graphql(`
  mutation SetStudentDemographics($studentId: ID!, $input: StudentDemographicsInput!) {
    setStudentDemographics(studentId: $studentId, input: $input) {
      id
      demographics {
        raceEthnicity
        primaryDisability
      }
    }
  }
`);

export const SET_GUARDIAN_DEMOGRAPHICS = graphql(`
  mutation SetGuardianDemographics($guardianId: ID!, $input: GuardianDemographicsInput!) {
    setGuardianDemographics(guardianId: $guardianId, input: $input) {
      id
      demographics {
        primaryLanguage
        primaryLanguageDeclined
      }
    }
  }
`);

export const SET_FAMILY_DEMOGRAPHICS = graphql(`
  mutation SetFamilyDemographics($familyId: ID!, $input: FamilyDemographicsInput!) {
    setFamilyDemographics(familyId: $familyId, input: $input) {
      id
      demographics {
        county
        postalCode
        placeDeclined
      }
    }
  }
`);
