import type { DataScope } from '@onrecord/platform/database';
import { InboundChannel, InboundMessageStatus } from '../model/inbound-message.enums';
import type { ParsedInbound } from '../parsing/parse-inbound';

/** What the store was given besides the parsed message. */
export interface Delivery {
  organizationId: string;
  channel: InboundChannel;
  envelopeRecipients: string[];
  raw: Buffer;
  /** Attachments whose content is kept; the rest keep their name, type and size. */
  maxAttachments: number;
}

/** A bounce is a bounce first (reports are often marked automatic too); then an auto-reply. */
export function statusOf(parsed: ParsedInbound): InboundMessageStatus {
  if (parsed.delivery) return InboundMessageStatus.BOUNCE;
  if (parsed.autoReplyReason) return InboundMessageStatus.AUTO_REPLY;
  return InboundMessageStatus.UNCLASSIFIED;
}

/**
 * Stores a message, raw and parsed, with its attachments, in the caller's transaction: once
 * per Message-ID in the organization. A second delivery of the same message stores nothing
 * and answers the first one's id.
 */
export async function storeInbound(
  scope: DataScope,
  parsed: ParsedInbound,
  delivery: Delivery,
): Promise<{ id: string; duplicate: boolean }> {
  const [inserted] = (await scope.manager.query(
    `INSERT INTO inbound_message (organization_id, status, channel, message_id, in_reply_to,
            thread_references, from_address, from_name, to_addresses, envelope_recipients, subject,
            sent_at, text_body, html_body, auto_reply, auto_reply_reason, bounce, bounce_recipient,
            bounce_diagnostic, bounced_message_id, bounce_failed, parse_problems, raw, size_bytes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
             $20, $21, $22, $23, $24)
     ON CONFLICT ON CONSTRAINT "UQ_inbound_message_message_id" DO NOTHING
     RETURNING id`,
    [
      delivery.organizationId,
      statusOf(parsed),
      delivery.channel,
      parsed.messageId,
      parsed.inReplyTo,
      parsed.references,
      parsed.fromAddress,
      parsed.fromName,
      parsed.toAddresses,
      delivery.envelopeRecipients,
      parsed.subject,
      parsed.sentAt,
      parsed.text,
      parsed.html,
      parsed.autoReplyReason !== null,
      parsed.autoReplyReason,
      parsed.delivery !== null,
      parsed.delivery?.recipient ?? null,
      parsed.delivery?.diagnostic ?? null,
      parsed.delivery?.originalMessageId ?? null,
      parsed.delivery?.failed ?? false,
      parsed.problems,
      delivery.raw,
      delivery.raw.length,
    ],
  )) as Array<{ id: string }>;
  if (!inserted) {
    const [first] = (await scope.manager.query(
      `SELECT id FROM inbound_message WHERE organization_id = $1 AND message_id = $2`,
      [delivery.organizationId, parsed.messageId],
    )) as Array<{ id: string }>;
    if (!first) throw new Error('inbound message: neither stored nor found');
    return { id: first.id, duplicate: true };
  }
  for (const [position, file] of parsed.attachments.entries())
    await scope.manager.query(
      `INSERT INTO inbound_attachment (organization_id, message_id, position, filename,
              content_type, size_bytes, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        delivery.organizationId,
        inserted.id,
        position + 1,
        file.filename,
        file.contentType,
        file.size,
        position < delivery.maxAttachments ? file.content : null,
      ],
    );
  return { id: inserted.id, duplicate: false };
}
