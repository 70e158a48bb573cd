import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { DemoReply } from './demo-replies';

/**
 * The demo's replies as the school's mail server hands them over: RFC 822 messages, bytes
 * and all, for the one ingestion to read (no shortcut around parsing, matching or holding).
 */

/** A Message-ID made from what identifies the message, so seeding it twice is one message. */
export function demoMessageId(seed: string, domain: string): string {
  return `<${createHash('sha256').update(seed).digest('hex').slice(0, 24)}@${domain}>`;
}

/** A PDF's first and last lines: enough for a file to be a file; its words are not the point. */
const placeholderPdf = (name: string) =>
  Buffer.from(`%PDF-1.4\n% ${name} (demo placeholder)\n%%EOF\n`);

/** A reply written by a school contact, answering the letter `inReplyTo` names. */
export function replyMessage(
  reply: DemoReply,
  mail: {
    from: { name: string; email: string };
    to: string;
    /** The advocate: a school answers the letter's Reply-To, which names them too. */
    cc: string;
    messageId: string;
    inReplyTo: string | null;
    date: Date;
  },
): Promise<Buffer> {
  return new MailComposer({
    from: { name: mail.from.name, address: mail.from.email },
    to: mail.to,
    cc: mail.cc,
    subject: reply.subject,
    messageId: mail.messageId,
    date: mail.date,
    inReplyTo: mail.inReplyTo ?? undefined,
    references: mail.inReplyTo ?? undefined,
    headers: reply.headers,
    text: reply.text,
    attachments: (reply.attachments ?? []).map((filename) => ({
      filename,
      content: placeholderPdf(filename),
      contentType: 'application/pdf',
    })),
  })
    .compile()
    .build();
}

/**
 * A delivery status notification (RFC 3464) as Postfix writes one: the explanation, the
 * machine-readable report, and the returned message's headers — its Message-ID names the
 * follow-up that failed.
 */
export function bounceReport(report: {
  to: string;
  mailServer: string;
  messageId: string;
  date: Date;
  failedRecipient: string;
  diagnostic: string;
  returned: { from: string; to: string[]; subject: string; messageId: string; date: Date };
}): Buffer {
  const boundary = `report-${report.messageId.replace(/[^0-9a-z]/gi, '').slice(0, 24)}`;
  const smtp = `550 5.1.1 <${report.failedRecipient}>: ${report.diagnostic}`;
  return Buffer.from(
    [
      `From: Mail Delivery System <MAILER-DAEMON@${report.mailServer}>`,
      `To: ${report.to}`,
      'Subject: Undelivered Mail Returned to Sender',
      `Date: ${report.date.toUTCString().replace('GMT', '+0000')}`,
      `Message-ID: ${report.messageId}`,
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
      '',
      'This is a MIME-encapsulated message.',
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=us-ascii',
      '',
      `This is the mail system at host ${report.mailServer}.`,
      '',
      "I'm sorry to have to inform you that your message could not",
      'be delivered to one or more recipients. It is attached below.',
      '',
      `<${report.failedRecipient}>: host ${report.mailServer} said: ${smtp}`,
      '',
      `--${boundary}`,
      'Content-Type: message/delivery-status',
      '',
      `Reporting-MTA: dns; ${report.mailServer}`,
      `Arrival-Date: ${report.returned.date.toUTCString().replace('GMT', '+0000')}`,
      '',
      `Final-Recipient: rfc822; ${report.failedRecipient}`,
      `Original-Recipient: rfc822;${report.failedRecipient}`,
      'Action: failed',
      'Status: 5.1.1',
      `Remote-MTA: dns; ${report.mailServer}`,
      `Diagnostic-Code: smtp; ${smtp}`,
      '',
      `--${boundary}`,
      'Content-Type: text/rfc822-headers',
      '',
      `From: ${report.returned.from}`,
      `To: ${report.returned.to.join(', ')}`,
      `Subject: ${report.returned.subject}`,
      `Message-ID: ${report.returned.messageId}`,
      `Date: ${report.returned.date.toUTCString().replace('GMT', '+0000')}`,
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}
