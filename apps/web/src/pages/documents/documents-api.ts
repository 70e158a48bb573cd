import { graphql } from '../../gql';

export const CASE_DOCUMENTS = graphql(`
  query CaseDocuments($caseId: ID!) {
    caseDocuments(caseId: $caseId, first: 100) {
      edges {
        node {
          id
          kind
          title
          documentDate
          fileName
          contentType
          sizeBytes
          sharedWithFamily
          downloadPath
          createdAt
          requestId
          responseId
          meetingId
          attendanceWeek
          source
          addedByEmail
        }
      }
    }
  }
`);

export const SHARE_DOCUMENT = graphql(`
  mutation ShareDocument($id: ID!, $shared: Boolean!) {
    updateDocument(id: $id, input: { sharedWithFamily: $shared }) {
      id
      sharedWithFamily
    }
  }
`);

export const UPDATE_DOCUMENT = graphql(`
  mutation UpdateDocument($id: ID!, $input: UpdateDocumentInput!) {
    updateDocument(id: $id, input: $input) {
      id
      kind
      title
      documentDate
      sharedWithFamily
    }
  }
`);

export const ARCHIVE_DOCUMENT = graphql(`
  mutation ArchiveDocument($id: ID!) {
    archiveDocument(id: $id) {
      id
      archivedAt
    }
  }
`);

/** The kinds, in the order the form offers them. */
export const DOCUMENT_KINDS = [
  'IEP',
  'PLAN_504',
  'EVALUATION',
  'SCHOOL_LETTER',
  'MEDICAL_NOTE',
  'ATTENDANCE_RECORD',
  'PHOTO',
  'OTHER',
] as const;
