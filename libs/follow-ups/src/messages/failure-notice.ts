import { textToHtml } from '@onrecord/platform/mail';
import { joinNames, oneLine } from '@onrecord/platform/text';
import type { RenderedMessage } from './message-facts';

/**
 * Tells the advocate a follow-up — or the request OnRecord was emailing (`letter`) — could
 * not be sent: what, to whom, the error, what to do.
 */
export function renderFailureNotice(facts: {
  advocateName: string | null;
  what: string;
  caseTitle: string;
  recipients: string[];
  error: string;
  letter?: boolean;
}): RenderedMessage {
  const to = facts.recipients.length ? joinNames(facts.recipients) : '(no recipients)';
  const noun = facts.letter ? 'request' : 'follow-up';
  const subject = oneLine(
    `${facts.letter ? 'Request' : 'Follow-up'} not sent: ${facts.what} (${facts.caseTitle})`,
  );
  const text = [
    facts.advocateName ? `Hello ${facts.advocateName},` : 'Hello,',
    `A ${noun} could not be sent, so nobody has received it.`,
    [`What: ${facts.what}`, `Case: ${facts.caseTitle}`, `To: ${to}`, `Error: ${facts.error}`].join(
      '\n',
    ),
    `What to do: check the recipients' email addresses in OnRecord and correct any that are wrong. The ${noun} is listed as FAILED in OnRecord, where you can send it again or to another contact. If it cannot wait, send the message yourself in the meantime.`,
  ].join('\n\n');
  return { subject, text, html: textToHtml(text, subject) };
}
