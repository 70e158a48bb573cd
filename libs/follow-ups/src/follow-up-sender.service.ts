import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { In } from 'typeorm';
import { DataScopes, type DataScope } from '@onrecord/platform/database';
import { MailService } from '@onrecord/platform/mail';
import { FollowUpKind, FollowUpStatus } from './follow-up-enums';
import { FollowUp } from './follow-up.entity';
import { FollowUpMessages, type PreparedFollowUp } from './follow-up-messages.service';
import { FollowUpPolicyService, planRules } from './follow-up-policy.service';
import { FollowUpScheduler } from './follow-up-scheduler';
import { inSendingWindow, nextSendingTime } from './follow-up-calendar';
import { renderFailureNotice } from './follow-up-message';
import { FollowUpPlaces, type CasePlace } from './follow-up-places';

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

/**
 * Sends follow-ups of one organization, each at most once (ARCHITECTURE.md "Background
 * work"), a batch at a time so a backlog costs a few statements per batch, not per message:
 * 1. in a transaction, re-read and lock the rows (skipping any another worker holds); leave
 *    those no longer owed or not yet due; outside the sending window, move them to its next
 *    opening; needing approval, make them DRAFTs; claim the rest (SENDING, a lease, one more
 *    attempt) with their Message-IDs, derived from their unique keys;
 * 2. send them through the mail server;
 * 3. in a second transaction, record SENT (on the timeline and in the audit log; what follows
 *    from them is planned by the sweep) — or, for a failure, a retry time or FAILED, and tell
 *    the advocates.
 * A worker killed between 2 and 3 leaves SENDING; when the lease ends the sweep queues it
 * again and it is sent again with the same Message-ID, which mail systems take as the same
 * message.
 */
@Injectable()
export class FollowUpSender {
  private readonly logger = new Logger(FollowUpSender.name);

  constructor(
    private readonly scopes: DataScopes,
    private readonly mail: MailService,
    private readonly messages: FollowUpMessages,
    private readonly policies: FollowUpPolicyService,
    private readonly scheduler: FollowUpScheduler,
    private readonly places: FollowUpPlaces,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Returns how many went out. */
  async send(organizationId: string, followUpIds: readonly string[]): Promise<number> {
    const now = new Date();
    // Claiming is the machinery's bookkeeping: no audit event; sending is (recordSent).
    const claimed = await this.scopes.run({ organizationId }, undefined, (scope) =>
      this.claim(scope, followUpIds, now),
    );
    if (!claimed.length) return 0;
    const results = await Promise.allSettled(claimed.map((c) => this.deliver(c)));
    const sent = claimed.filter((_, i) => results[i]?.status === 'fulfilled');
    if (sent.length)
      await this.scopes.run({ organizationId }, undefined, (scope) => recordSent(scope, sent));
    for (const [i, result] of results.entries()) {
      const c = claimed[i];
      if (result.status === 'rejected' && c)
        await this.failed(organizationId, c.followUp, c.message, c.attempt, result.reason);
    }
    return sent.length;
  }

  private async deliver({ followUp, message }: Claimed): Promise<void> {
    const missing = followUp.recipients.filter((r) => !r.email);
    if (!message.to.length || missing.length)
      throw Object.assign(
        new Error(
          `no email address on file for ${missing.map((r) => r.name).join(', ') || 'any recipient'}`,
        ),
        { responseCode: 550 },
      );
    await this.mail.send({
      from: message.from,
      to: message.to,
      cc: message.cc.length ? message.cc : undefined,
      replyTo: message.replyTo ?? undefined,
      subject: message.subject,
      text: message.text,
      html: message.html,
      idempotencyKey: messageKey(followUp),
      inReplyTo: message.inReplyTo ?? undefined,
      references: message.references.length ? message.references : undefined,
    });
  }

  private async claim(scope: DataScope, ids: readonly string[], now: Date): Promise<Claimed[]> {
    const rows = await scope.manager.find(FollowUp, {
      where: { id: In([...ids]) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
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
    if (!due.length) return [];
    const policy = await this.policies.get(scope, due[0]?.organizationId ?? '');
    const window = planRules(policy).window;
    const places = new Map<string, CasePlace>();
    for (const caseId of new Set(due.map((f) => f.caseId)))
      places.set(caseId, await this.places.of(scope, caseId));
    const placeOf = (f: FollowUp): CasePlace => {
      const place = places.get(f.caseId);
      if (!place) throw new Error(`no place for case ${f.caseId}`);
      return place;
    };

    const later: FollowUp[] = [];
    const ready: FollowUp[] = [];
    for (const followUp of due) {
      if (!inSendingWindow(now, window, placeOf(followUp))) {
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
    if (claimed.length)
      await scope.manager.query(
        `UPDATE follow_up f SET status = 'SENDING', attempts = f.attempts + 1, lease_until = $2,
                message_id = v.message_id, sent_subject = v.subject, sent_body = v.body,
                updated_at = now()
           FROM unnest($1::uuid[], $3::text[], $4::text[], $5::text[]) AS v(id, message_id, subject, body)
          WHERE f.id = v.id`,
        [
          claimed.map((c) => c.followUp.id),
          new Date(now.getTime() + this.config.followUps.leaseMs),
          claimed.map((c) => c.followUp.messageId),
          claimed.map((c) => c.message.subject),
          claimed.map((c) => c.message.text),
        ],
      );
    return claimed;
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
      const row = await scope.manager.findOneBy(FollowUp, { id: followUp.id, attempts: attempt });
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
 * SENT, with an audit event each, in one statement — unless someone claimed one since (its
 * attempts moved on); even if the sweep re-queued it meanwhile, sent is sent. What follows
 * from them (the escalation, the family's update) is planned by the sweep (`next_planned`).
 */
async function recordSent(scope: DataScope, sent: readonly Claimed[]): Promise<void> {
  await scope.manager.query(
    `WITH sent AS (
       UPDATE follow_up f SET status = 'SENT', sent_at = now(), lease_until = NULL,
              last_error = NULL, updated_at = now(),
              -- Only a message to the school has a sequel (the escalation, the family's update).
              next_planned = f.kind NOT IN ('SCHOOL_FOLLOW_UP', 'ESCALATION')
         FROM unnest($1::uuid[], $2::int[]) AS v(id, attempts)
        WHERE f.id = v.id AND f.attempts = v.attempts
       RETURNING f.id, f.organization_id, f.sent_at, f.message_id)
     INSERT INTO audit_event (organization_id, actor_user_id, action, entity_type, entity_id, changes)
     SELECT organization_id, NULL, 'send-follow-up', 'FollowUp', id::text,
            jsonb_build_object('change', 'updated',
              'before', jsonb_build_object('status', 'SENDING', 'sentAt', NULL),
              'after', jsonb_build_object('status', 'SENT', 'sentAt', sent_at, 'messageId', message_id))
       FROM sent`,
    [sent.map((c) => c.followUp.id), sent.map((c) => c.attempt)],
  );
}

/** The follow-up's unique key: its Message-ID is derived from it. */
export function messageKey(
  followUp: Pick<FollowUp, 'organizationId' | 'itemKey' | 'kind' | 'sequence'>,
): string {
  return `follow-up/${followUp.organizationId}/${followUp.itemKey}/${followUp.kind}/${followUp.sequence}`;
}
