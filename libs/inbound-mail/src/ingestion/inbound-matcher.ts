import type { DataScope } from '@onrecord/platform/database';
import { decideMatch, type MatchDecision } from './match-rules';

/**
 * Gathers, inside the message's organization, what the match rules need — is the address's
 * request still there, which of the organization's own requests the thread names, which
 * open request the sender was written to about — and files the message accordingly.
 */
export async function matchInbound(
  scope: DataScope,
  message: { id: string; organizationId: string; addressRequestId: string },
): Promise<MatchDecision> {
  const [row] = (await scope.manager.query(
    `SELECT m.from_address, m.in_reply_to, m.thread_references, m.bounced_message_id,
            (SELECT r.id FROM written_request r
              WHERE r.organization_id = m.organization_id AND r.id = $2 AND r.archived_at IS NULL)
              AS address_request_id
       FROM inbound_message m WHERE m.id = $1`,
    [message.id, message.addressRequestId],
  )) as Array<{
    from_address: string;
    in_reply_to: string | null;
    thread_references: string[];
    bounced_message_id: string | null;
    address_request_id: string | null;
  }>;
  if (!row) throw new Error(`inbound message ${message.id} is gone`);
  // What it answers first: a bounce's failed message, In-Reply-To, then References newest first.
  const thread = [
    ...new Set(
      [row.bounced_message_id, row.in_reply_to, ...[...row.thread_references].reverse()].filter(
        (id): id is string => !!id,
      ),
    ),
  ];
  const named = thread.length
    ? ((await scope.manager.query(
        `SELECT x.request_id, x.message_id FROM (
            SELECT r.id AS request_id, r.email_message_id AS message_id FROM written_request r
             WHERE r.organization_id = $2 AND r.email_message_id = ANY($1)
            UNION ALL
            SELECT f.request_id, f.message_id FROM follow_up f
             WHERE f.organization_id = $2 AND f.message_id = ANY($1)) x
           JOIN written_request w
             ON w.organization_id = $2 AND w.id = x.request_id AND w.archived_at IS NULL`,
        [thread, message.organizationId],
      )) as Array<{ request_id: string; message_id: string }>)
    : [];
  const threadRequestIds = thread.flatMap((id) =>
    named.filter((n) => n.message_id === id).map((n) => n.request_id),
  );
  // Only a message with no request of its own (the address's archived, the thread naming none)
  // needs the sender's open request: skipped otherwise, it was the costliest statement.
  const needsSuggestion = !row.address_request_id && !threadRequestIds.length;
  const [sender] =
    needsSuggestion && row.from_address
      ? ((await scope.manager.query(
          `SELECT r.id FROM written_request r
           JOIN request_recipient rr ON rr.organization_id = r.organization_id AND rr.request_id = r.id
           JOIN school_contact sc ON sc.organization_id = rr.organization_id AND sc.id = rr.contact_id
          WHERE r.organization_id = $2 AND lower(sc.email) = $1 AND r.status = 'SENT'
            AND r.archived_at IS NULL
          ORDER BY r.sent_on DESC NULLS LAST, r.created_at DESC, r.id LIMIT 1`,
          [row.from_address, message.organizationId],
        )) as Array<{ id: string }>)
      : [];
  const decision = decideMatch({
    addressRequestId: row.address_request_id,
    threadRequestIds,
    senderRequestId: sender?.id ?? null,
  });
  await scope.manager.query(
    `UPDATE inbound_message SET match = $2, request_id = $3, suggested_request_id = $4,
            updated_at = now()
      WHERE id = $1`,
    [message.id, decision.match, decision.requestId, decision.suggestedRequestId],
  );
  return decision;
}
