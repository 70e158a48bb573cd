import type { CaseDocumentsQuery } from '../../gql/graphql';

export type CaseDocument = CaseDocumentsQuery['caseDocuments']['edges'][number]['node'];

/** One place of a case a document can belong to (the api keeps at most one per document). */
export type DocumentPlace =
  | { requestId: string }
  | { responseId: string }
  | { meetingId: string }
  /** The week's Monday, YYYY-MM-DD. */
  | { attendanceWeek: string };

/** The upload's form fields for the place. */
export function placeFields(place: DocumentPlace | undefined): Array<[string, string]> {
  return place ? Object.entries(place) : [];
}

/** Whether a document of the case belongs to the place. */
export function isAt(document: CaseDocument, place: DocumentPlace): boolean {
  return Object.entries(place).every(
    ([field, value]) => document[field as keyof DocumentPlace] === value,
  );
}

/** Where on the case a document belongs, for the case's own list: null for the case itself. */
export function placeOf(
  document: CaseDocument,
): { kind: 'request' | 'response' | 'meeting' | 'week'; week?: string } | null {
  if (document.requestId) return { kind: 'request' };
  if (document.responseId) return { kind: 'response' };
  if (document.meetingId) return { kind: 'meeting' };
  if (document.attendanceWeek) return { kind: 'week', week: document.attendanceWeek };
  return null;
}
