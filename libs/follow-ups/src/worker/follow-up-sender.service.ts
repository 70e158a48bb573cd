import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { In } from 'typeorm';
import { CasePlaces, type CasePlace } from '@onrecord/cases';
import { requestLetterKey } from '@onrecord/requests';
import { DataScopes, type DataScope } from '@onrecord/platform/database';
import { MAIL_POOL_CONNECTIONS, MailService, type SentMail } from '@onrecord/platform/mail';
import { inSpan } from '@onrecord/platform/observability/telemetry';
import { FollowUpKind, FollowUpStatus } from '../model/follow-up-enums';
import { FollowUp } from '../model/follow-up.entity';
import { FollowUpMessages, type PreparedFollowUp } from '../messages/follow-up-messages.service';
import { FollowUpPolicyService, planRules } from '../api/follow-up-policy.service';
import { FollowUpScheduler } from '../planning/follow-up-scheduler';
import { inSendingWindow, nextSendingTime } from '../planning/follow-up-calendar';
import { renderFailureNotice } from '../messages/failure-notice';
import { GroupedWrites } from './grouped-writes';
import { SendSlots } from '../planning/send-slots';
import { LeaseKeeper } from './follow-up-lease';

/**
 * Messages a worker has handed to the mail pool and not yet put on record as SENT: twice the
 * pool's connections, so each connection has its next message while the last one's record
 * is written (with only as many as connections, each waited idle for that write, and sending
 * ran at half the pace). They are what a worker killed at the wrong instant can leave
 * unrecorded, to go out again under the same Message-ID.
 */
export const SEND_SLOTS = 2 * MAIL_POOL_CONNECTIONS;
/** Sends tried before a follow-up is FAILED (temporary errors only; permanent ones fail at once). */
export const MAX_ATTEMPTS = 5;
/** Waits between attempts: by default 30 s, 2 min, 8 min, 32 min (FOLLOW_UP_RETRY_MS). */
export const retryDelayMs = (firstMs: number, attempt: number) => firstMs * 4 ** (attempt - 1);

/** What the mail server said, sorted: a 4xx or a broken connection may pass; a 5xx will not. */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500;
}

const describe = (error: unknown): string => {
  const e = error as { responseCode?: number; response?: string; message?: string };
  return (e.response ?? e.message ?? String(error)).slice(0, 500);
};

interface Claimed {
  followUp: FollowUp;
  message: PreparedFollowUp;
  attempt: number;
}

/** A message the mail server took: which attempt of which follow-up, when, and its answer. */
interface Accepted {
  id: string;
  attempt: number;
  acceptedAt: Date;
  response: string;
}

/** How long a claim waits for a row another transaction holds (the scheduler marking it QUEUED, say). */
const CLAIM_LOCK_TIMEOUT = '5s';

/**
 * Sends follow-ups of one organization, each at most once (ARCHITECTURE.md "Background
 * work"), a batch per job so a backlog costs a few statements per batch, not per message:
 * 1. in a transaction, re-read and lock the rows (waiting briefly for one another
 *    transaction holds, never skipping it); leave those no longer owed or not yet due (and
 *    say so in the log); outside the sending window, move them to its next opening; needing
 *    approval, make them DRAFTs; claim the rest (SENDING, a lease, one more attempt, an
 *    attempt on record) with their Message-IDs, derived from their unique keys;
 * 2. hand them all to the mail pool, and renew their lease while any is still waiting or
 *    being sent — a slow mail server never lets the lease run out under a live worker;
 * 3. record each as SENT the moment the server accepts it (the server's answer on its
 *    attempt; several that arrive together in one statement), or, for a failure, a retry
 *    time or FAILED, and tell the advocates.
 * A worker killed between the server's answer and 3 leaves SENDING; when the lease ends the
 * sweep queues it again and it is sent again with the same Message-ID, which mail systems
 * take as the same message: only the messages in flight at that instant (at most
 * SEND_SLOTS) can go out twice. The attempt it was left at shows as INTERRUPTED.
 */
@Injectable()
export class FollowUpSender {
  private readonly logger = new Logger(FollowUpSender.name);
  /** Shared by every batch of this worker: handed to the mail pool and not yet on record. */
  private readonly slots = new SendSlots(SEND_SLOTS);

  constructor(
    private readonly scopes: DataScopes,
    private readonly mail: MailService,
    private readonly messages: FollowUpMessages,
    private readonly policies: FollowUpPolicyService,
    private readonly scheduler: FollowUpScheduler,
    private readonly places: CasePlaces,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns how many went out. */
  async send(organizationId: string, followUpIds: readonly string[]): Promise<number> {
    const now = new Date();
    // Claiming is the machinery's bookkeeping: no audit event; sending is (recordSent).
    const claimed = await this.scopes.run({ organizationId }, undefined, async (scope) => {
      await scope.manager.query(`SET LOCAL lock_timeout = '${CLAIM_LOCK_TIMEOUT}'`);
      return this.claim(scope, followUpIds, now);
    });
    if (!claimed.length) return 0;
    const lease = new LeaseKeeper(
      this.scopes,
      organizationId,
      claimed,
      this.config.followUps.leaseMs,
      this.logger,
    );
    const sentRecords = new GroupedWrites<Accepted>((accepted) =>
      this.scopes.run({ organizationId }, undefined, (scope) => recordSent(scope, accepted)),
    );
    try {
      // Settled, not all: the lease is kept until every message of the batch is done.
      const results = await Promise.allSettled(
        claimed.map((c) =>
          this.slots.run(async () => {
            let response: string;
            try {
              response = (await this.deliver(c)).response;
            } catch (error) {
              lease.release(c);
              await this.failed(organizationId, c.followUp, c.message, c.attempt, error);
              return false;
            }
            // If this cannot be recorded, the job fails (and says so); the lease runs out and
            // the sweep sends it again under the same Message-ID.
            await sentRecords
              .add({ id: c.followUp.id, attempt: c.attempt, acceptedAt: new Date(), response })
              .finally(() => lease.release(c));
            return true;
          }),
        ),
      );
      const unrecorded = results.find((r) => r.status === 'rejected');
      if (unrecorded) throw unrecorded.reason;
      return results.filter((r) => r.status === 'fulfilled' && r.value).length;
    } finally {
      lease.stop();
    }
  }

  /**
   * Hands the message to the mail pool; resolves with the server's answer once it took it. In
   * a span `follow-up deliver` naming the follow-up by id (its `smtp send` is the child).
   */
  private deliver(claimed: Claimed): Promise<SentMail> {
    const { followUp, attempt } = claimed;
    return inSpan(
      'follow-up deliver',
      {
        'onrecord.follow_up.id': followUp.id,
        'onrecord.follow_up.kind': followUp.kind,
        'onrecord.follow_up.attempt': attempt,
      },
      () => this.deliverNow(claimed),
    );
  }

  private async deliverNow({ followUp, message }: Claimed): Promise<SentMail> {
    const missing = followUp.recipients.filter((r) => !r.email);
    if (!message.to.length || missing.length)
      throw Object.assign(
        new Error(
          `no email address on file for ${missing.map((r) => r.name).join(', ') || 'any recipient'}`,
        ),
        { responseCode: 550 },
      );
    return this.mail.send({
      from: message.from,
      to: message.to,
      cc: message.cc.length ? message.cc : undefined,
      replyTo: message.replyTo ?? undefined,
      envelopeFrom: message.returnPath ?? undefined,
      subject: message.subject,
      text: message.text,
      html: message.html,
      idempotencyKey: messageKey(followUp),
      inReplyTo: message.inReplyTo ?? undefined,
      references: message.references.length ? message.references : undefined,
    });
  }

  private async claim(scope: DataScope, ids: readonly string[], now: Date): Promise<Claimed[]> {
    const organizationId = scope.organizationId;
    // In id order, as the scheduler locks them: two claims of overlapping batches queue up
    // behind each other instead of deadlocking; the second finds them SENDING and leaves them.
    const rows = await scope.manager.find(FollowUp, {
      where: { id: In([...ids]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const due = rows.filter((followUp) => {
      if (followUp.kind === FollowUpKind.ADVOCATE_REMINDER) return false; // the digest's
      const owed =
        followUp.status === FollowUpStatus.PLANNED ||
        followUp.status === FollowUpStatus.QUEUED ||
        (followUp.status === FollowUpStatus.SENDING && (followUp.leaseUntil ?? now) <= now);
      // A job a little early (clock skew) waits for the next; one for an old time finds the new.
      return owed && followUp.scheduledAt.getTime() <= now.getTime() + 1000;
    });
    if (due.length < ids.length) this.logUnexpected(organizationId, ids, rows, due, now);
    if (!due.length) return [];
    const policy = await this.policies.get(scope);
    const window = planRules(policy).window;
    const places = await this.places.ofCases(
      scope,
      due.map((f) => f.caseId),
    );
    const placeOf = (f: FollowUp): CasePlace => {
      const place = places.get(f.caseId);
      if (!place) throw new Error(`no place for case ${f.caseId}`);
      return place;
    };

    const later: FollowUp[] = [];
    const ready: FollowUp[] = [];
    for (const followUp of due) {
      // The request's own email goes when the advocate sends it, whatever the hour.
      const windowed = followUp.kind !== FollowUpKind.REQUEST_LETTER;
      if (windowed && !inSendingWindow(now, window, placeOf(followUp))) {
        followUp.scheduledAt = nextSendingTime(now, window, placeOf(followUp));
        followUp.status = FollowUpStatus.PLANNED;
        followUp.leaseUntil = null;
        later.push(followUp);
      } else if (followUp.requiresApproval && !followUp.approvedAt) {
        followUp.status = FollowUpStatus.DRAFT;
        followUp.leaseUntil = null;
        later.push(followUp);
      } else ready.push(followUp);
    }
    if (later.length) {
      await scope.manager.save(later);
      this.scheduler.queueAfterCommit(
        scope,
        later.filter((f) => f.status === FollowUpStatus.PLANNED),
      );
    }
    const messages = await this.messages.prepareMany(scope, ready, now, placeOf, policy);
    const claimed: Claimed[] = ready.flatMap((followUp, i) => {
      const message = messages[i];
      if (!message) return [];
      followUp.status = FollowUpStatus.SENDING;
      followUp.attempts += 1;
      followUp.leaseUntil = new Date(now.getTime() + this.config.followUps.leaseMs);
      followUp.messageId = this.mail.messageIdFor(messageKey(followUp));
      followUp.sentSubject = message.subject;
      followUp.sentBody = message.text;
      return [{ followUp, message, attempt: followUp.attempts }];
    });
    if (claimed.length) await recordClaims(scope, claimed, this.config.followUps.leaseMs);
    return claimed;
  }

  /**
   * A job names the follow-ups it was queued for; some may since have been answered,
   * cancelled, moved, or taken by another job. Normal now and then, but said, so a job that
   * finds nothing it expected is never silent.
   */
  private logUnexpected(
    organizationId: string,
    ids: readonly string[],
    rows: readonly FollowUp[],
    due: readonly FollowUp[],
    now: Date,
  ): void {
    const taken = new Set(due.map((f) => f.id));
    const found = new Map(rows.map((f) => [f.id, f]));
    const left: Record<string, number> = {};
    for (const id of ids) {
      if (taken.has(id)) continue;
      const row = found.get(id);
      const why = !row
        ? 'gone'
        : row.status === FollowUpStatus.SENDING && row.leaseUntil && row.leaseUntil > now
          ? 'being sent by another job'
          : row.scheduledAt.getTime() > now.getTime() + 1000 &&
              row.status !== FollowUpStatus.SENT &&
              row.status !== FollowUpStatus.CANCELLED
            ? 'not due yet'
            : row.status;
      left[why] = (left[why] ?? 0) + 1;
    }
    const log = { organizationId, named: ids.length, owed: due.length, left };
    if (due.length) this.logger.log(log, 'send job: some follow-ups it named were not owed');
    else this.logger.warn(log, 'send job found none of its follow-ups owed');
  }

  /** A temporary failure waits and tries again; a permanent one, or the last, is FAILED. */
  private async failed(
    organizationId: string,
    followUp: FollowUp,
    message: PreparedFollowUp,
    attempt: number,
    error: unknown,
  ): Promise<void> {
    const final = isPermanent(error) || attempt >= MAX_ATTEMPTS;
    const lastError = describe(error);
    this.logger.warn({ followUpId: followUp.id, attempt, final, err: lastError }, 'send failed');
    await this.scopes.run({ organizationId }, { action: 'send-follow-up' }, async (scope) => {
      await recordAttemptOutcome(
        scope,
        followUp.id,
        attempt,
        final ? 'PERMANENT_FAILURE' : 'TEMPORARY_FAILURE',
        lastError,
      );
      // Unless a later attempt took it over (or an earlier one was accepted meanwhile).
      const row = await scope.manager.findOneBy(FollowUp, {
        id: followUp.id,
        attempts: attempt,
        status: FollowUpStatus.SENDING,
      });
      if (!row) return;
      row.lastError = lastError;
      row.leaseUntil = null;
      if (final) {
        row.status = FollowUpStatus.FAILED;
      } else {
        row.status = FollowUpStatus.PLANNED;
        row.scheduledAt = new Date(
          Date.now() + retryDelayMs(this.config.followUps.retryMs, attempt),
        );
      }
      await scope.manager.save(row);
      if (!final) this.scheduler.queueAfterCommit(scope, [row]);
    });
    if (final) await this.tellAdvocates(followUp, message, lastError);
  }

  /** Best effort: the follow-up is FAILED on record and in the digest whatever happens here. */
  private async tellAdvocates(
    followUp: FollowUp,
    message: PreparedFollowUp,
    error: string,
  ): Promise<void> {
    const to = message.advocates.map((a) => a.email).filter(Boolean);
    if (!to.length) return;
    const notice = renderFailureNotice({
      advocateName: message.advocates[0]?.name ?? null,
      what: message.what,
      caseTitle: message.caseTitle,
      recipients: followUp.recipients.map((r) => (r.email ? `${r.name} <${r.email}>` : r.name)),
      error,
      letter: followUp.kind === FollowUpKind.REQUEST_LETTER,
    });
    try {
      await this.mail.send({
        from: { name: message.from.name, address: message.from.address },
        to,
        subject: notice.subject,
        text: notice.text,
        html: notice.html,
        idempotencyKey: `follow-up-failed/${followUp.id}`,
      });
    } catch (failure) {
      this.logger.error({ followUpId: followUp.id, err: failure }, 'could not tell the advocates');
    }
  }
}

/**
 * Claims the rows in one statement: SENDING, one more attempt, a lease, the words that go
 * out; and puts the attempt on record (an earlier one left without an answer — its worker
 * died, or its lease ran out — is INTERRUPTED: the server may or may not have taken it).
 */
async function recordClaims(
  scope: DataScope,
  claimed: readonly Claimed[],
  leaseMs: number,
): Promise<void> {
  await scope.manager.query(
    `WITH v AS (
       SELECT * FROM unnest($1::uuid[], $3::text[], $4::text[], $5::text[]) AS v(id, message_id, subject, body)),
     claimed AS (
       UPDATE follow_up f SET status = 'SENDING', attempts = f.attempts + 1,
              lease_until = now() + make_interval(secs => $2::double precision / 1000),
              message_id = v.message_id, sent_subject = v.subject, sent_body = v.body,
              updated_at = now()
         FROM v WHERE f.id = v.id
       RETURNING f.id, f.organization_id, f.attempts, f.message_id),
     interrupted AS (
       UPDATE follow_up_attempt a SET outcome = 'INTERRUPTED', finished_at = now(), updated_at = now()
         FROM claimed c WHERE a.follow_up_id = c.id AND a.outcome IS NULL)
     INSERT INTO follow_up_attempt (organization_id, follow_up_id, attempt, message_id, started_at)
     SELECT organization_id, id, attempts, message_id, now() FROM claimed`,
    [
      claimed.map((c) => c.followUp.id),
      leaseMs,
      claimed.map((c) => c.followUp.messageId),
      claimed.map((c) => c.message.subject),
      claimed.map((c) => c.message.text),
    ],
  );
}

/**
 * Accepted by the mail server: SENT, whoever holds the row now (sent is sent), with the
 * server's answer on the attempt. `sent_at` is the first acceptance: if the same message was
 * accepted twice, the later one only adds its attempt to the record. An audit event for each
 * row that changed. What follows (the escalation, the family's update) is planned by the
 * sweep (`next_planned`).
 */
async function recordSent(scope: DataScope, accepted: readonly Accepted[]): Promise<void> {
  await scope.manager.query(
    `WITH v AS (
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::text[])
                  AS v(id, attempt, accepted_at, response)),
     attempt AS (
       UPDATE follow_up_attempt a SET outcome = 'ACCEPTED', finished_at = v.accepted_at,
              server_response = v.response, updated_at = now()
         FROM v WHERE a.follow_up_id = v.id AND a.attempt = v.attempt),
     before AS (
       SELECT f.id, f.status, f.sent_at FROM follow_up f JOIN v ON v.id = f.id
          FOR UPDATE OF f),
     sent AS (
       UPDATE follow_up f SET status = 'SENT',
              sent_at = CASE WHEN b.sent_at IS NULL OR v.accepted_at < b.sent_at
                             THEN v.accepted_at ELSE b.sent_at END,
              -- the lease is the attempt's: a later attempt still running keeps its own
              lease_until = CASE WHEN f.attempts = v.attempt THEN NULL ELSE f.lease_until END,
              last_error = NULL, updated_at = now(),
              -- Only a message to the school has a sequel (the escalation, the family's update).
              next_planned = CASE WHEN b.status = 'SENT' THEN f.next_planned
                                  ELSE f.kind NOT IN ('SCHOOL_FOLLOW_UP', 'ESCALATION') END
         FROM v, before b
        WHERE f.id = v.id AND b.id = f.id
          AND (b.status <> 'SENT' OR v.accepted_at < b.sent_at)
       RETURNING f.id, f.organization_id, f.sent_at, f.message_id, b.status AS status_before,
                 b.sent_at AS sent_at_before)
     INSERT INTO audit_event (organization_id, actor_user_id, action, entity_type, entity_id, changes)
     SELECT organization_id, NULL, 'send-follow-up', 'FollowUp', id::text,
            jsonb_build_object('change', 'updated',
              'before', jsonb_build_object('status', status_before, 'sentAt', sent_at_before),
              'after', jsonb_build_object('status', 'SENT', 'sentAt', sent_at, 'messageId', message_id))
       FROM sent`,
    [
      accepted.map((a) => a.id),
      accepted.map((a) => a.attempt),
      accepted.map((a) => a.acceptedAt),
      accepted.map((a) => a.response.slice(0, 500)),
    ],
  );
}

/** A failed attempt's outcome and what the server said. */
async function recordAttemptOutcome(
  scope: DataScope,
  followUpId: string,
  attempt: number,
  outcome: 'TEMPORARY_FAILURE' | 'PERMANENT_FAILURE',
  response: string,
): Promise<void> {
  await scope.manager.query(
    `UPDATE follow_up_attempt SET outcome = $3, finished_at = now(), server_response = $4,
            updated_at = now()
      WHERE follow_up_id = $1 AND attempt = $2`,
    [followUpId, attempt, outcome, response],
  );
}

/** The follow-up's unique key: its Message-ID is derived from it. */
export function messageKey(
  followUp: Pick<FollowUp, 'organizationId' | 'requestId' | 'itemKey' | 'kind' | 'sequence'>,
): string {
  // The request's own email: the key its Message-ID was stored from when it was sent.
  if (followUp.kind === FollowUpKind.REQUEST_LETTER)
    return requestLetterKey(followUp.organizationId, followUp.requestId);
  return `follow-up/${followUp.organizationId}/${followUp.itemKey}/${followUp.kind}/${followUp.sequence}`;
}
