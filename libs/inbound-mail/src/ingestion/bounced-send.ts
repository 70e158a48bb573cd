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
  const [row] = (await scope.manager.query(
    `WITH failed AS (
       UPDATE follow_up SET status = 'FAILED', sent_at = NULL, last_error = $2,
              lease_until = NULL, updated_at = now()
        WHERE message_id = $1 AND status = 'SENT'
        RETURNING request_id)
     SELECT request_id FROM failed LIMIT 1`,
    [report.originalMessageId, reason],
  )) as Array<{ request_id: string }>;
  return row?.request_id ?? null;
}
