import { createServer } from 'node:net';
import { createTransport } from 'nodemailer';
import type { SmtpSink } from '@onrecord/platform/mail/testing';
import type { ApiClient } from '@onrecord/platform/testing';

/** What the kit needs of a test organization (test-fixtures' FollowUpOrganization has it). */
interface FollowUpOrganization {
  client: ApiClient;
  caseId: string;
  contactId: string;
}

/** What mail in's specs read of a captured reply. */
export interface Captured {
  id: string;
  status: string;
  match: string | null;
  requestId: string | null;
  suggestedRequestId: string | null;
  triage: boolean;
  channel: string;
  messageId: string;
  inReplyTo: string | null;
  fromAddress: string;
  fromName: string;
  subject: string;
  sentAt: string | null;
  text: string;
  autoReply: boolean;
  autoReplyReason: string | null;
  bounce: boolean;
  bounceRecipient: string | null;
  bounceDiagnostic: string | null;
  bouncedMessageId: string | null;
  parseProblems: string[];
  sizeBytes: number;
  schoolResponseId: string | null;
  classifiedAt: string | null;
  sharedWithFamily: boolean;
  attachments: Array<{ filename: string; contentType: string; sizeBytes: number; kept: boolean }>;
  request: { id: string; subject: string } | null;
}

const INBOX = `query ($filter: InboundMessageFilter) {
  inboundMessages(filter: $filter, first: 50) {
    edges { node {
      id status match requestId suggestedRequestId triage channel messageId inReplyTo
      fromAddress fromName subject sentAt text autoReply autoReplyReason bounce
      bounceRecipient bounceDiagnostic bouncedMessageId parseProblems sizeBytes
      schoolResponseId classifiedAt sharedWithFamily
      attachments { filename contentType sizeBytes kept }
      request { id subject }
    } }
  }
}`;

/** A port nothing listens on, for the worker's SMTP receiver. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A school's mail server sending to the worker's receiver on `port`. */
export const schoolMailServer = (port: number) =>
  createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });

/** The organization's captured replies, newest first, as its advocate reads them. */
export async function inbox(
  org: FollowUpOrganization,
  filter: Record<string, unknown> = {},
): Promise<Captured[]> {
  const data = await org.client.data<{ inboundMessages: { edges: Array<{ node: Captured }> } }>(
    INBOX,
    { filter },
  );
  return data.inboundMessages.edges.map((e) => e.node);
}

export async function replyAddressOf(org: FollowUpOrganization, requestId: string) {
  const data = await org.client.data<{ writtenRequest: { replyAddress: string } }>(
    'query ($id: ID!) { writtenRequest(id: $id) { replyAddress } }',
    { id: requestId },
  );
  return data.writtenRequest.replyAddress;
}

/**
 * A request of `org` emailed by OnRecord to its principal, once the letter reached `sink`:
 * its id, the letter's Message-ID and the letter as received.
 */
export async function emailedRequest(org: FollowUpOrganization, sink: SmtpSink, subject: string) {
  const { createWrittenRequest } = await org.client.data<{
    createWrittenRequest: { id: string };
  }>(
    'mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }',
    {
      input: {
        caseId: org.caseId,
        type: 'EVALUATION',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        subject,
        body: 'Please evaluate Sam in all areas of suspected disability.',
        recipientIds: [org.contactId],
      },
    },
  );
  const { emailWrittenRequest } = await org.client.data<{
    emailWrittenRequest: { emailMessageId: string };
  }>('mutation ($id: ID!) { emailWrittenRequest(id: $id) { emailMessageId } }', {
    id: createWrittenRequest.id,
  });
  const letter = await sink.waitForMatch(
    (mail) => mail.parsed.messageId === emailWrittenRequest.emailMessageId,
  );
  return { id: createWrittenRequest.id, messageId: emailWrittenRequest.emailMessageId, letter };
}

/**
 * A delivery status notification (multipart/report) from the school's mail server: the
 * message `messageId` could not be delivered to `recipient`.
 */
export function deliveryFailureReport(options: {
  to: string;
  recipient: string;
  messageId: string;
  reportId: string;
  action?: 'failed' | 'delayed';
}): string {
  const action = options.action ?? 'failed';
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.school.example.org>',
    `To: ${options.to}`,
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Fri, 4 Dec 2026 10:00:00 -0600',
    `Message-ID: ${options.reportId}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="XX"',
    '',
    '--XX',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    action === 'failed'
      ? 'Your message could not be delivered.'
      : 'Your message has not been delivered yet; we will keep trying.',
    '',
    '--XX',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.school.example.org',
    '',
    `Final-Recipient: rfc822; ${options.recipient}`,
    `Action: ${action}`,
    action === 'failed' ? 'Status: 5.1.1' : 'Status: 4.4.7',
    action === 'failed'
      ? `Diagnostic-Code: smtp; 550 5.1.1 <${options.recipient}>: Recipient address rejected:\r\n    User unknown`
      : 'Diagnostic-Code: smtp; 421 4.4.7 mailbox busy',
    '',
    '--XX',
    'Content-Type: text/rfc822-headers',
    '',
    'From: OnRecord <no-reply@onrecord.test>',
    `To: ${options.recipient}`,
    `Message-ID: ${options.messageId}`,
    'Subject: Request',
    '',
    '--XX--',
    '',
  ].join('\r\n');
}
