import { textToHtml } from '@onrecord/platform/mail';
import type { FollowUp, FollowUpRecipient } from '../model/follow-up.entity';
import type { PreparedFollowUp } from './follow-up-messages.service';

/**
 * The request OnRecord emails (kind REQUEST_LETTER): the letter exactly as it is on record —
 * its subject and body, no template around it — from the advocate's name at the
 * organization's sending address, replies to the request's reply address (`replyTo` says
 * which). It starts the thread the follow-ups reply in, so it replies to
 * nothing itself.
 */
export function composeRequestLetter(
  followUp: FollowUp,
  request: { subject: string; body: string; organizationName: string; caseTitle: string },
  advocates: FollowUpRecipient[],
  sendingAddress: string | null,
  replyTo: (advocateOrSender: string | null) => string | null,
): Omit<PreparedFollowUp, 'returnPath'> {
  // An advocate's edit of the pending email (editFollowUp) is what goes out.
  const subject = followUp.editedSubject ?? request.subject;
  const text = followUp.editedBody ?? request.body;
  const advocate = advocates[0];
  return {
    subject,
    text,
    html: textToHtml(text, subject),
    from: { name: advocate?.name ?? request.organizationName, address: sendingAddress },
    to: followUp.recipients.map((r) => r.email),
    cc: followUp.cc.map((r) => r.email).filter(Boolean),
    replyTo: replyTo(advocate?.email || sendingAddress),
    inReplyTo: null,
    references: [],
    advocates,
    caseTitle: request.caseTitle,
    what: `Request: ${request.subject}`,
  };
}
