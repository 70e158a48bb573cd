import type { DataScope } from '@onrecord/platform/database';
import type { DeliveryFailure } from '../parsing/delivery-report';

/**
 * A delivery failure report about a message OnRecord sent (the request's letter, a follow-up,
 * an escalation — each is a follow-up row with its Message-ID): the mail server took it, but
 * it never arrived. The send becomes FAILED with the reason, so it shows on the advocates'
 * Today list with "retry" and "send to another contact" like any other failed send, and the
 * next escalation waits until it went. What was sent stays on record (its attempts and words).
 * A report that only says delivery is delayed changes nothing: the reply is kept, that's all.
 * Returns the request whose send failed, for the caller to replan; none when nothing changed.
 */
export async function failBouncedSend(
  scope: DataScope,
  report: DeliveryFailure,
): Promise<string | null> {
  if (!report.failed || !report.originalMessageId) return null;
  const reason = [
    'Bounced',
    report.recipient ? `for ${report.recipient}` : null,
    report.diagnostic ? `: ${report.diagnostic}` : null,
  ]
    .filter(Boolean)
    .join(' ')
    .replace(' :', ':')
    .slice(0, 500);
  const [sent] = (await scope.manager.query(
    `SELECT request_id FROM follow_up WHERE message_id = $1 AND status = 'SENT' LIMIT 1`,
    [report.originalMessageId],
  )) as Array<{ request_id: string }>;
  if (!sent) return null;
  // The request's row first, as every change to a request takes it (written-request.service.ts),
  // so this and a member's change to the request take turns instead of deadlocking.
  await scope.manager.query(`SELECT id FROM written_request WHERE id = $1 FOR NO KEY UPDATE`, [
    sent.request_id,
  ]);
  const failed = (await scope.manager.query(
    `WITH failed AS (
       UPDATE follow_up SET status = 'FAILED', sent_at = NULL, last_error = $2,
              lease_until = NULL, updated_at = now()
        WHERE message_id = $1 AND status = 'SENT'
        RETURNING id)
     SELECT id FROM failed`,
    [report.originalMessageId, reason],
  )) as Array<{ id: string }>;
  return failed.length ? sent.request_id : null;
}
