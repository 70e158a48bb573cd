import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { DataScopes, type DataScope } from '@onrecord/platform/database';
import { MailService } from '@onrecord/platform/mail';
import { FollowUpKind, FollowUpStatus } from './follow-up-enums';
import { FollowUp } from './follow-up.entity';
import { FollowUpMessages, type PreparedFollowUp } from './follow-up-messages.service';
import { FollowUpPolicyService, planRules } from './follow-up-policy.service';
import { FollowUpScheduler } from './follow-up-scheduler';
import { FollowUpPlanner } from './follow-up-planner.service';
import { inSendingWindow, nextSendingTime, type FollowUpPlace } from './follow-up-calendar';
import { renderFailureNotice } from './follow-up-message';
import { RequestDeadlineService } from '@onrecord/requests';

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

type Claim =
  | { outcome: 'skip'; why: string }
  | { outcome: 'send'; followUp: FollowUp; message: PreparedFollowUp; attempt: number };

/**
 * Sends one follow-up, at most once (ARCHITECTURE.md "Background work"):
 * 1. in a transaction, re-read and lock the row; do nothing unless it is owed and due; outside
 *    the sending window, move it to the window's next opening; needing approval, make it a
 *    DRAFT; else claim it (SENDING, a lease, one more attempt) with its Message-ID, which is
 *    derived from its unique key;
 * 2. send it through the mail server;
 * 3. in a second transaction, record SENT (on the timeline and in the audit log) and plan what
 *    comes next — or, on failure, a retry time or FAILED, and tell the advocates.
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
    private readonly planner: FollowUpPlanner,
    private readonly deadlines: RequestDeadlineService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(organizationId: string, followUpId: string): Promise<string> {
    const now = new Date();
    const claim = await this.scopes.run({ organizationId }, { action: 'send-follow-up' }, (scope) =>
      this.claim(scope, followUpId, now),
    );
    if (claim.outcome === 'skip') return claim.why;
    const { followUp, message, attempt } = claim;
    try {
      if (!message.to.length || message.to.some((address) => !address))
        throw Object.assign(
          new Error(
            `no email address on file for ${
              followUp.recipients
                .filter((r) => !r.email)
                .map((r) => r.name)
                .join(', ') || 'any recipient'
            }`,
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
    } catch (error) {
      await this.failed(organizationId, followUp, message, attempt, error);
      return 'failed';
    }
    await this.scopes.run({ organizationId }, { action: 'send-follow-up' }, async (scope) => {
      // Sent is sent, even if the sweep re-queued it meanwhile: the attempt number says
      // nobody else claimed it since.
      const result = await scope.manager.update(
        FollowUp,
        { id: followUp.id, attempts: attempt },
        {
          status: FollowUpStatus.SENT,
          sentAt: new Date(),
          leaseUntil: null,
          lastError: null,
        },
      );
      if (!result.affected) return;
      // Saved through the entity as well, so the audit log has the change with its before/after.
      const sent = await scope.manager.findOneByOrFail(FollowUp, { id: followUp.id });
      await scope.manager.save(sent);
      // What comes next (the escalation, the guardians' update) counts from this one.
      await this.planner.replan(scope, followUp.requestId);
    });
    return 'sent';
  }

  private async claim(scope: DataScope, id: string, now: Date): Promise<Claim> {
    const followUp = await scope.manager.findOne(FollowUp, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!followUp) return { outcome: 'skip', why: 'gone' };
    if (followUp.kind === FollowUpKind.ADVOCATE_REMINDER)
      return { outcome: 'skip', why: 'delivered in the digest' };
    const owed =
      followUp.status === FollowUpStatus.PLANNED ||
      followUp.status === FollowUpStatus.QUEUED ||
      (followUp.status === FollowUpStatus.SENDING && (followUp.leaseUntil ?? now) <= now);
    if (!owed) return { outcome: 'skip', why: `not owed (${followUp.status})` };
    // A job a little early (clock skew) waits for the next; one for an old time finds the new one.
    if (followUp.scheduledAt.getTime() > now.getTime() + 1000)
      return { outcome: 'skip', why: 'not yet due' };

    const place = await this.placeOf(scope, followUp);
    const policy = planRules(await this.policies.get(scope, followUp.organizationId));
    if (!inSendingWindow(now, policy.window, place)) {
      followUp.scheduledAt = nextSendingTime(now, policy.window, place);
      followUp.status = FollowUpStatus.PLANNED;
      followUp.leaseUntil = null;
      await scope.manager.save(followUp);
      this.scheduler.queueAfterCommit(scope, [followUp]);
      return { outcome: 'skip', why: 'outside the sending window' };
    }
    if (followUp.requiresApproval && !followUp.approvedAt) {
      followUp.status = FollowUpStatus.DRAFT;
      followUp.leaseUntil = null;
      await scope.manager.save(followUp);
      return { outcome: 'skip', why: 'waiting for approval' };
    }
    const message = await this.messages.prepare(scope, followUp, now);
    followUp.status = FollowUpStatus.SENDING;
    followUp.attempts += 1;
    followUp.leaseUntil = new Date(now.getTime() + this.config.followUps.leaseMs);
    followUp.messageId = this.mail.messageIdFor(messageKey(followUp));
    followUp.sentSubject = message.subject;
    followUp.sentBody = message.text;
    await scope.manager.save(followUp);
    return { outcome: 'send', followUp, message, attempt: followUp.attempts };
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

  private async placeOf(scope: DataScope, followUp: FollowUp): Promise<FollowUpPlace> {
    const place = await this.deadlines.placeOf(scope, followUp.caseId);
    return {
      timeZone: place.timeZone,
      jurisdiction: place.district?.state.trim() ?? null,
      calendar: place.calendar,
    };
  }
}

/** The follow-up's unique key: its Message-ID is derived from it. */
export function messageKey(
  followUp: Pick<FollowUp, 'organizationId' | 'itemKey' | 'kind' | 'sequence'>,
): string {
  return `follow-up/${followUp.organizationId}/${followUp.itemKey}/${followUp.kind}/${followUp.sequence}`;
}
