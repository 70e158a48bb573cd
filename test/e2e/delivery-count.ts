import type { ReceivedMail } from '@onrecord/platform/mail/testing';
import { superuserQuery } from '@onrecord/platform/database/testing';

/** Kinds that go out as a message of their own (advocate reminders go in the digest). */
const EMAILED = ['SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE', 'GUARDIAN_OVERDUE'];

/** What the mail server got for the follow-ups of some organizations, checked against the database. */
export interface DeliveryCount {
  /** Written requests sent in these organizations: each owes one school follow-up. */
  requests: number;
  /** Follow-ups on record as SENT, of the kinds emailed on their own. */
  sent: number;
  /** Of those, school follow-ups: one per request. */
  schoolFollowUpsSent: number;
  /** SENT on record, but no message with its Message-ID arrived. */
  missing: number;
  /** (request, kind) pairs that reached the server under more than one Message-ID. */
  duplicates: Array<{ requestId: string; kind: string; messageIds: number }>;
  /** A message whose Message-ID no follow-up has (a copy under an id of its own). */
  unknownMessages: number;
  /** The same message (same Message-ID) accepted again: a worker killed before recording it. */
  sameIdResends: number;
  /** The follow-ups accepted more than once, with their attempts on record (to tell why). */
  resent: Array<{ id: string; attempts: string[] }>;
  /** Follow-ups due but not SENT (QUEUED, SENDING, FAILED, PLANNED in the past), by status. */
  notSent: Record<string, number>;
}

interface FollowUpRecord {
  id: string;
  request_id: string;
  kind: string;
  status: string;
  message_id: string | null;
  due: boolean;
}

/**
 * Counts, for the organizations' follow-ups, what `received` (the SMTP sink's messages)
 * holds against what PostgreSQL says was sent. Messages are matched by Message-ID: a
 * follow-up's is derived from its unique key, so two copies of one follow-up share it.
 */
export async function countDeliveries(
  adminUrl: string,
  organizationIds: readonly string[],
  received: readonly ReceivedMail[],
): Promise<DeliveryCount> {
  const [{ requests }] = await superuserQuery<{ requests: number }>(
    adminUrl,
    `SELECT count(*)::int AS requests FROM written_request
      WHERE organization_id = ANY($1::uuid[]) AND sent_on IS NOT NULL`,
    [organizationIds],
  );
  const followUps = await superuserQuery<FollowUpRecord>(
    adminUrl,
    `SELECT id, request_id, kind, status, message_id, scheduled_at <= now() AS due
       FROM follow_up WHERE organization_id = ANY($1::uuid[]) AND kind = ANY($2::text[])`,
    [organizationIds, EMAILED],
  );
  const copies = new Map<string, number>();
  for (const mail of received) {
    const id = mail.parsed.messageId ?? '';
    copies.set(id, (copies.get(id) ?? 0) + 1);
  }
  const sent = followUps.filter((f) => f.status === 'SENT');
  const ours = new Map(sent.map((f) => [f.message_id ?? '', f]));
  const idsByPair = new Map<string, Set<string>>();
  for (const [messageId, f] of ours) {
    if (!copies.has(messageId)) continue;
    const pair = `${f.request_id} ${f.kind}`;
    idsByPair.set(pair, (idsByPair.get(pair) ?? new Set()).add(messageId));
  }
  const resentIds = [...copies]
    .filter(([id, n]) => ours.has(id) && n > 1)
    .map(([id]) => ours.get(id)?.id ?? '');
  const attempts = await superuserQuery<{ follow_up_id: string; attempt: string }>(
    adminUrl,
    `SELECT follow_up_id, attempt || ' ' || coalesce(outcome, 'open') || ' ' || started_at::time::text AS attempt
       FROM follow_up_attempt WHERE follow_up_id = ANY($1::uuid[]) ORDER BY started_at`,
    [resentIds],
  );
  const notSent: Record<string, number> = {};
  for (const f of followUps)
    if (f.due && f.status !== 'SENT' && f.status !== 'CANCELLED')
      notSent[f.status] = (notSent[f.status] ?? 0) + 1;
  return {
    requests: requests ?? 0,
    sent: sent.length,
    schoolFollowUpsSent: sent.filter((f) => f.kind === 'SCHOOL_FOLLOW_UP').length,
    missing: sent.filter((f) => !copies.has(f.message_id ?? '')).length,
    duplicates: [...idsByPair]
      .filter(([, ids]) => ids.size > 1)
      .map(([pair, ids]) => {
        const [requestId = '', kind = ''] = pair.split(' ');
        return { requestId, kind, messageIds: ids.size };
      }),
    unknownMessages: [...copies.keys()].filter((id) => !ours.has(id)).length,
    sameIdResends: [...copies]
      .filter(([id]) => ours.has(id))
      .reduce((sum, [, n]) => sum + n - 1, 0),
    resent: resentIds.map((id) => ({
      id,
      attempts: attempts.filter((a) => a.follow_up_id === id).map((a) => a.attempt),
    })),
    notSent,
  };
}
