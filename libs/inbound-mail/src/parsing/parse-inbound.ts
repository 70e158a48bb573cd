import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { autoReplyReason } from './auto-reply';
import { deliveryFailure, isDeliveryReport, type DeliveryFailure } from './delivery-report';

/** A received message as OnRecord keeps it: read as far as it could be read. */
export interface ParsedInbound {
  /** Its Message-ID, or one made from its bytes when it had none (a resend is then the same). */
  messageId: string;
  inReplyTo: string | null;
  /** In-Reply-To's and References' Message-IDs, newest first (what it answers, then its thread). */
  thread: string[];
  references: string[];
  fromAddress: string;
  fromName: string | null;
  toAddresses: string[];
  subject: string;
  sentAt: Date | null;
  text: string;
  html: string | null;
  autoReplyReason: string | null;
  /** Set when it is a delivery status notification. */
  delivery: DeliveryFailure | null;
  attachments: Array<{ filename: string; contentType: string; size: number; content: Buffer }>;
  /** What could not be read, in words. */
  problems: string[];
}

/** PostgreSQL text cannot hold NUL; a header or body may. */
const clean = (text: string | undefined | null, max = Number.MAX_SAFE_INTEGER): string =>
  (text ?? '').replaceAll('\u0000', '').slice(0, max);

const MESSAGE_ID = /<[^<>\s]{1,900}>/g;
const ids = (value: string | string[] | undefined): string[] =>
  [value ?? []].flat().flatMap((v) => clean(v).match(MESSAGE_ID) ?? []);

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  return [value ?? []]
    .flat()
    .flatMap((group) => group.value)
    .flatMap((a) => (a.address ? [clean(a.address, 500).toLowerCase()] : []));
}

/** The Content-Type header as mailparser keeps it (value and parameters). */
function contentType(mail: ParsedMail): { value?: string; params?: Record<string, string> } {
  const header = mail.headers.get('content-type');
  return typeof header === 'object' && header && 'value' in header
    ? (header as { value: string; params: Record<string, string> })
    : {};
}

/** A header's text (mailparser keeps some as objects), for the auto-reply rules. */
function headerText(mail: ParsedMail, name: string): string | undefined {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'value' in value) return String(value.value);
  return String(value);
}

const REPORT_PARTS = ['message/delivery-status', 'message/global-delivery-status'];
const RETURNED_PARTS = [
  'text/rfc822-headers',
  'message/rfc822',
  'message/global',
  'message/global-headers',
];

function deliveryOf(mail: ParsedMail, raw: Buffer): DeliveryFailure | null {
  if (!isDeliveryReport(contentType(mail))) return null;
  const report = [
    mail.text ?? '',
    ...mail.attachments
      .filter((a) => REPORT_PARTS.includes(a.contentType.toLowerCase()))
      .map((a) => a.content.toString('utf8')),
  ].join('\n\n');
  const returned = mail.attachments.find((a) =>
    RETURNED_PARTS.includes(a.contentType.toLowerCase()),
  );
  // The returned headers, else whatever follows the report's own headers (some servers put
  // the returned message inline).
  const rawText = raw.toString('latin1');
  const afterOwnHeaders = rawText.slice(Math.max(0, rawText.search(/\r?\n\r?\n/)));
  return deliveryFailure(
    report,
    returned ? returned.content.toString('utf8') : afterOwnHeaders,
    headerText(mail, 'x-failed-recipients'),
  );
}

/**
 * Reads a raw RFC 822 message. Never throws: a message that is not MIME, has no headers or
 * a charset nobody knows is kept with what could be read, and `problems` says what could not.
 */
export async function parseInbound(raw: Buffer): Promise<ParsedInbound> {
  const problems: string[] = [];
  let mail: ParsedMail | null = null;
  try {
    mail = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true });
  } catch {
    problems.push('the message could not be read as MIME: it is kept as received');
  }
  const ownId = mail?.messageId ? ids(mail.messageId)[0] : undefined;
  if (!ownId) problems.push('no Message-ID: one was made from the message itself');
  const messageId =
    ownId ??
    `<${createHash('sha256').update(raw).digest('hex').slice(0, 40)}@no-message-id.onrecord.invalid>`;
  if (!mail) {
    return {
      messageId,
      inReplyTo: null,
      thread: [],
      references: [],
      fromAddress: '',
      fromName: null,
      toAddresses: [],
      subject: '',
      sentAt: null,
      text: clean(raw.toString('utf8')),
      html: null,
      autoReplyReason: null,
      delivery: null,
      attachments: [],
      problems,
    };
  }
  const from = mail.from?.value[0];
  if (!from?.address) problems.push('no sender address (From)');
  const sentAt = mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null;
  if (!sentAt) problems.push('no valid Date header');
  const subject = clean(mail.subject, 2000);
  const text = clean(mail.text);
  if (subject.includes('\uFFFD') || text.includes('\uFFFD'))
    problems.push('some characters could not be decoded (an unknown or wrong charset)');
  const inReplyTo = ids(mail.inReplyTo);
  const references = ids(mail.references);
  const headers = { get: (name: string) => headerText(mail, name) };
  return {
    messageId,
    inReplyTo: inReplyTo[0] ?? null,
    thread: [...new Set([...inReplyTo, ...[...references].reverse()])],
    references,
    fromAddress: clean(from?.address, 500).toLowerCase(),
    fromName: clean(from?.name, 500).trim() || null,
    toAddresses: [...addresses(mail.to), ...addresses(mail.cc)],
    subject,
    sentAt,
    text,
    html: typeof mail.html === 'string' ? clean(mail.html) : null,
    autoReplyReason: autoReplyReason(headers, subject),
    delivery: deliveryOf(mail, raw),
    attachments: mail.attachments.map((a) => ({
      filename: clean(a.filename, 500),
      contentType: clean(a.contentType, 200) || 'application/octet-stream',
      size: a.content.length,
      content: a.content,
    })),
    problems,
  };
}
