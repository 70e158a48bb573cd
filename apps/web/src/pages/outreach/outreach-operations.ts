import { graphql } from '../../gql';

/** The fields a card and the dialog show. */
export const OUTREACH_FIELDS = graphql(`
  fragment OutreachFields on OutreachActivity {
    id
    kind
    title
    heldOn
    format
    language
    topics
    parents
    professionals
    students
    notes
    archivedAt
  }
`);

export const OUTREACH_ACTIVITIES = graphql(`
  query OutreachActivities($first: Int!, $after: String) {
    outreachActivities(first: $first, after: $after) {
      edges {
        node {
          ...OutreachFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RECORD_OUTREACH = graphql(`
  mutation RecordOutreachActivity($input: RecordOutreachActivityInput!) {
    recordOutreachActivity(input: $input) {
      ...OutreachFields
    }
  }
`);

export const UPDATE_OUTREACH = graphql(`
  mutation UpdateOutreachActivity($id: ID!, $input: UpdateOutreachActivityInput!) {
    updateOutreachActivity(id: $id, input: $input) {
      ...OutreachFields
    }
  }
`);

export const ARCHIVE_OUTREACH = graphql(`
  mutation ArchiveOutreachActivity($id: ID!) {
    archiveOutreachActivity(id: $id) {
      id
      archivedAt
    }
  }
`);
