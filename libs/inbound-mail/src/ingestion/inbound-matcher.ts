import type { DataScope } from '@onrecord/platform/database';
import { decideMatch, type MatchDecision } from './match-rules';

/** What the matcher reads from the parsed message (it is not stored yet). */
export interface MessageToMatch {
  organizationId: string;
  /** The request whose reply address it came to. */
  addressRequestId: string;
  fromAddress: string;
  /** What it answers first: a bounce's failed message, then In-Reply-To, then References newest first. */
  thread: string[];
}

/**
 * Gathers, inside the message's organization, what the match rules need — is the address's
 * request still there, which of the organization's own requests the thread names, which
 * open request the sender was written to about — and decides where the message is filed.
 * Reads only: the message is stored with the decision (inbound-store.ts).
 */
export async function matchInbound(
  scope: DataScope,
  message: MessageToMatch,
): Promise<MatchDecision> {
  // One statement: the address's request if it is not archived, and every request the
  // thread names (a letter's or a follow-up's Message-ID), each with the id it was sent as.
  const [facts] = (await scope.manager.query(
    `SELECT (SELECT r.id FROM written_request r
              WHERE r.organization_id = $2 AND r.id = $3 AND r.archived_at IS NULL)
              AS address_request_id,
            COALESCE((SELECT json_agg(json_build_object('requestId', x.request_id,
                                                        'messageId', x.message_id))
               FROM (SELECT r.id AS request_id, r.email_message_id AS message_id
                       FROM written_request r
                      WHERE r.organization_id = $2 AND r.email_message_id = ANY($1)
                     UNION ALL
                     SELECT f.request_id, f.message_id FROM follow_up f
                      WHERE f.organization_id = $2 AND f.message_id = ANY($1)) x
               JOIN written_request w
                 ON w.organization_id = $2 AND w.id = x.request_id AND w.archived_at IS NULL),
              '[]') AS named`,
    [message.thread, message.organizationId, message.addressRequestId],
  )) as Array<{
    address_request_id: string | null;
    named: Array<{ requestId: string; messageId: string }>;
  }>;
  if (!facts) throw new Error('inbound match: the facts query answered no row');
  const threadRequestIds = message.thread.flatMap((id) =>
    facts.named.filter((n) => n.messageId === id).map((n) => n.requestId),
  );
  // Only a message with no request of its own (the address's archived, the thread naming none)
  // needs the sender's open request: skipped otherwise, it was the costliest statement.
  const needsSuggestion = !facts.address_request_id && !threadRequestIds.length;
  const [sender] =
    needsSuggestion && message.fromAddress
      ? ((await scope.manager.query(
          `SELECT r.id FROM written_request r
           JOIN request_recipient rr ON rr.organization_id = r.organization_id AND rr.request_id = r.id
           JOIN school_contact sc ON sc.organization_id = rr.organization_id AND sc.id = rr.contact_id
          WHERE r.organization_id = $2 AND lower(sc.email) = $1 AND r.status = 'SENT'
            AND r.archived_at IS NULL
          ORDER BY r.sent_on DESC NULLS LAST, r.created_at DESC, r.id LIMIT 1`,
          [message.fromAddress, message.organizationId],
        )) as Array<{ id: string }>)
      : [];
  return decideMatch({
    addressRequestId: facts.address_request_id,
    threadRequestIds,
    senderRequestId: sender?.id ?? null,
  });
}
