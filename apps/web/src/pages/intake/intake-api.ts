import { graphql } from '../../gql';

// The organization's schools and people, for the choices of the form.
export const INTAKE_CHOICES = graphql(`
  query IntakeChoices($withMembers: Boolean!) {
    schools(first: 100) {
      edges {
        node {
          id
          name
          district {
            id
            name
          }
        }
      }
    }
    members(first: 100) @include(if: $withMembers) {
      edges {
        node {
          id
          role
          user {
            id
            name
          }
        }
      }
    }
  }
`);

export const FIND_FAMILIES = graphql(`
  query IntakeFamilies($search: String) {
    families(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          householdName
        }
      }
    }
  }
`);

export const INTAKE_FAMILY = graphql(`
  query IntakeFamily($id: ID!) {
    family(id: $id) {
      id
      householdName
      guardians {
        id
        name
        relationship
      }
      students {
        id
        name
        grade
        school {
          id
          name
        }
      }
    }
  }
`);

export const CREATE_FAMILY = graphql(`
  mutation IntakeCreateFamily($input: CreateFamilyInput!) {
    createFamily(input: $input) {
      id
      householdName
      students {
        id
        name
      }
    }
  }
`);

export const ADD_STUDENT = graphql(`
  mutation IntakeAddStudent($familyId: ID!, $input: StudentInput!) {
    addStudent(familyId: $familyId, input: $input) {
      id
      name
    }
  }
`);

export const OPEN_CASE = graphql(`
  mutation IntakeOpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      advocates {
        memberId
        name
      }
    }
  }
`);
