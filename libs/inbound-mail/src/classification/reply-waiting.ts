import type { DataScope } from '@onrecord/platform/database';
import type { RequestChanges } from '@onrecord/requests';

/**
 * Keeps `written_request.reply_waiting_since` equal to the arrival of the oldest reply filed
 * under the request that still waits to be classified, and, when that changed, announces the
 * change: the follow-up plan holds (or releases) the request's next message to the school.
 * In the caller's transaction, after the message's own change.
 */
export async function refreshReplyWaiting(
  scope: DataScope,
  changes: RequestChanges,
  requestId: string,
): Promise<void> {
  // Bookkeeping derived from the replies: plain SQL, no audit event of its own.
  // A CTE, so the driver hands back rows whatever the statement (an UPDATE alone gives a pair).
  const changed = (await scope.manager.query(
    `WITH changed AS (
       UPDATE written_request r SET reply_waiting_since = w.since
         FROM (SELECT (SELECT min(m.received_at) FROM inbound_message m
                        WHERE m.request_id = $1 AND m.status = 'UNCLASSIFIED') AS since) w
        WHERE r.id = $1 AND r.reply_waiting_since IS DISTINCT FROM w.since
        RETURNING r.id)
     SELECT id FROM changed`,
    [requestId],
  )) as Array<{ id: string }>;
  if (changed.length) await changes.changed(scope, requestId);
}
