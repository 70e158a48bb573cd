/**
 * The operations of the "write to your advocate" page (plain fetch, as the rest of the
 * portal; see graphql.ts). Kept apart from operations.ts: one page's needs.
 */

/** The most a message may say (the api's limit). */
export const MESSAGE_MAX = 2000;

const MESSAGE = 'id body sentAt guardianName fromYou';

export const MESSAGE_PAGE = `query PortalMessagePage($caseId: ID!) {
  portalCase(id: $caseId) { id student { name } advocates { name } }
  portalMessages(caseId: $caseId) { ${MESSAGE} }
}`;

export const SEND_MESSAGE = `mutation PortalSendMessage($input: PortalSendMessageInput!) {
  sendPortalMessage(input: $input) { ${MESSAGE} }
}`;

export interface PortalFamilyMessage {
  id: string;
  body: string;
  sentAt: string;
  guardianName: string;
  fromYou: boolean;
}

export interface MessagePageData {
  portalCase: { id: string; student: { name: string }; advocates: Array<{ name: string }> };
  portalMessages: PortalFamilyMessage[];
}
