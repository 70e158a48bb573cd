import type { DataScope } from '@onrecord/platform/database';
import { replyWaitingMovedCte } from '../classification/reply-waiting';
import {
  InboundChannel,
  InboundMessageStatus,
  type InboundMatch,
} from '../model/inbound-message.enums';
import type { ParsedInbound } from '../parsing/parse-inbound';
import type { MatchDecision } from './match-rules';

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

/** The message as kept: where it is filed, and whether its request now waits on it. */
export interface StoredInbound {
  id: string;
  /** The same Message-ID was already kept: nothing new was stored. */
  duplicate: boolean;
  /** Where it is filed (for a duplicate, where the first delivery was filed). */
  filed: MatchDecision;
  /** The request whose reply_waiting_since it moved earlier (its next follow-up is held). */
  replyWaitingMoved: string | null;
  /** Filed by this delivery (a new message, or a duplicate of one kept unfiled). */
  filedNow: boolean;
}

/**
 * Stores a message, raw and parsed, with its attachments, filed as decided, in the caller's
 * transaction: once per Message-ID in the organization. Filing it in the statement that
 * stores it writes the row once (an UPDATE after the INSERT wrote every index twice). A
 * second delivery of the same message stores nothing and answers the first one's id; if the
 * first was kept unfiled (its matching had failed), it is filed now.
 */
export async function storeInbound(
  scope: DataScope,
  parsed: ParsedInbound,
  delivery: Delivery,
  decision: MatchDecision,
): Promise<StoredInbound> {
  const [inserted] = (await scope.manager.query(
    `WITH kept AS (
       INSERT INTO inbound_message (organization_id, status, channel, message_id, in_reply_to,
              thread_references, from_address, from_name, to_addresses, envelope_recipients,
              subject, sent_at, text_body, html_body, auto_reply, auto_reply_reason, bounce,
              bounce_recipient, bounce_diagnostic, bounced_message_id, bounce_failed,
              parse_problems, raw, size_bytes, match, request_id, suggested_request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18,
               $19, $20, $21, $22, $23, $24, $25, $26, $27)
       ON CONFLICT ON CONSTRAINT "UQ_inbound_message_message_id" DO NOTHING
       RETURNING id, request_id, received_at, status),
     ${replyWaitingMovedCte('kept', '$1')}
     SELECT k.id, (SELECT w.id FROM waiting w) AS reply_waiting_moved FROM kept k`,
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
      decision.match,
      decision.requestId,
      decision.suggestedRequestId,
    ],
  )) as Array<{ id: string; reply_waiting_moved: string | null }>;
  if (!inserted) return keptBefore(scope, parsed, delivery, decision);
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
  return {
    id: inserted.id,
    duplicate: false,
    filed: decision,
    replyWaitingMoved: inserted.reply_waiting_moved,
    filedNow: true,
  };
}

/** The first delivery's row, filed now if it was kept unfiled. */
async function keptBefore(
  scope: DataScope,
  parsed: ParsedInbound,
  delivery: Delivery,
  decision: MatchDecision,
): Promise<StoredInbound> {
  const [first] = (await scope.manager.query(
    `SELECT id, match, request_id, suggested_request_id FROM inbound_message
      WHERE organization_id = $1 AND message_id = $2`,
    [delivery.organizationId, parsed.messageId],
  )) as Array<{
    id: string;
    match: InboundMatch | null;
    request_id: string | null;
    suggested_request_id: string | null;
  }>;
  if (!first) throw new Error('inbound message: neither stored nor found');
  const filedBefore: MatchDecision = {
    match: first.match,
    requestId: first.request_id,
    suggestedRequestId: first.suggested_request_id,
  };
  // Filed already (the usual case): left as it was filed, or as an advocate moved it.
  if (first.match || !decision.match)
    return {
      id: first.id,
      duplicate: true,
      filed: filedBefore,
      replyWaitingMoved: null,
      filedNow: false,
    };
  const [refiled] = (await scope.manager.query(
    `WITH kept AS (
       UPDATE inbound_message SET match = $3, request_id = $4, suggested_request_id = $5,
              updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND match IS NULL
        RETURNING id, request_id, received_at, status),
     ${replyWaitingMovedCte('kept', '$1')}
     SELECT k.id, (SELECT w.id FROM waiting w) AS reply_waiting_moved FROM kept k`,
    [
      delivery.organizationId,
      first.id,
      decision.match,
      decision.requestId,
      decision.suggestedRequestId,
    ],
  )) as Array<{ id: string; reply_waiting_moved: string | null }>;
  if (!refiled)
    return {
      id: first.id,
      duplicate: true,
      filed: filedBefore,
      replyWaitingMoved: null,
      filedNow: false,
    };
  return {
    id: first.id,
    duplicate: true,
    filed: decision,
    replyWaitingMoved: refiled.reply_waiting_moved,
    filedNow: true,
  };
}
