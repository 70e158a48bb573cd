import type { PortalCase } from '../operations';

/** One sent request of the family's, with the letter and the school's answers in full. */
export const LETTER = `query PortalLetter($id: ID!) {
  portalRequest(id: $id) {
    id caseId type subject status sentOn overdue followUpsSent
    deadline { dueOn citation setByHand statutory }
    letter { subject body sentOn channel to { name role } }
    responses { id outcome partial reasons receivedOn summary respondedBy { name role } }
  }
}`;

export interface SchoolPerson {
  name: string;
  role: string;
}

/** A request as the case page has it, with the letter and who answered. */
export type PortalLetterRequest = Omit<PortalCase['requests'][number], 'responses'> & {
  caseId: string;
  letter: {
    subject: string;
    body: string;
    sentOn: string | null;
    channel: string | null;
    to: SchoolPerson[];
  };
  responses: Array<
    PortalCase['requests'][number]['responses'][number] & { respondedBy: SchoolPerson | null }
  >;
};
