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

/**
 * The end of a statement that files a reply: a CTE `waiting` that moves the request's
 * `reply_waiting_since` to the reply's arrival when the reply waits to be classified and
 * arrived earlier than what the request waits on (the column is the oldest waiting reply's
 * arrival, so a new waiting reply can only move it earlier). `filed` names the statement's
 * CTE that returns the reply's `request_id`, `received_at` and `status`; `organization` the
 * parameter holding its organization. `waiting` returns the request's id when it moved: the
 * caller then announces the change (RequestChanges), as refreshReplyWaiting does.
 */
export function replyWaitingMovedCte(filed: string, organization: string): string {
  return `waiting AS (
       UPDATE written_request r SET reply_waiting_since = f.received_at
         FROM ${filed} f
        WHERE r.organization_id = ${organization} AND r.id = f.request_id
          AND f.status = 'UNCLASSIFIED'
          AND (r.reply_waiting_since IS NULL OR r.reply_waiting_since > f.received_at)
        RETURNING r.id)`;
}
