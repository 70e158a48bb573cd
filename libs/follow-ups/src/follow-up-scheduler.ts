import { Injectable, Logger } from '@nestjs/common';
import { DataScopes, type DataScope } from '@onrecord/platform/database';
import { JobProducer } from '@onrecord/platform/queue';
import { FollowUpKind, FollowUpStatus } from './follow-up-enums';
import { FollowUp } from './follow-up.entity';

/** A follow-up as the queue needs it. */
export interface QueueableFollowUp {
  id: string;
  organizationId: string;
  kind: FollowUpKind;
  scheduledAt: Date;
  attempts: number;
}

/**
 * Puts follow-ups on the queue, as delayed jobs due at their time, then marks them QUEUED.
 * Only ever after the transaction that planned them has committed (the worker must find the
 * row). If the queue cannot be reached they stay PLANNED, and the sweep queues them when due.
 * Reminders are not queued: they go out in the advocate's digest.
 */
@Injectable()
export class FollowUpScheduler {
  private readonly logger = new Logger(FollowUpScheduler.name);

  constructor(
    private readonly jobs: JobProducer,
    private readonly scopes: DataScopes,
  ) {}

  queueAfterCommit(scope: DataScope, followUps: readonly QueueableFollowUp[]): void {
    const queueable = followUps.filter((f) => f.kind !== FollowUpKind.ADVOCATE_REMINDER);
    if (queueable.length) scope.afterCommit(() => this.queue(queueable));
  }

  /** Adds the jobs (one round trip per organization) and marks the rows QUEUED. */
  async queue(followUps: readonly QueueableFollowUp[], now = Date.now()): Promise<void> {
    const byOrganization = new Map<string, QueueableFollowUp[]>();
    for (const f of followUps) {
      const list = byOrganization.get(f.organizationId) ?? [];
      list.push(f);
      byOrganization.set(f.organizationId, list);
    }
    for (const [organizationId, list] of byOrganization) {
      await this.jobs.enqueueMany(
        'send-follow-up',
        list.map((f) => ({
          payload: {
            organizationId,
            followUpId: f.id,
            scheduledAt: f.scheduledAt.getTime(),
            attempts: f.attempts,
          },
          options: { delay: f.scheduledAt.getTime() - now },
        })),
      );
      // No audit context: this is the machinery's bookkeeping, not a change anyone made. A
      // row a worker claimed meanwhile (SENDING, lease running) is left alone.
      await this.scopes.run({ organizationId }, undefined, (scope) =>
        scope.manager
          .createQueryBuilder()
          .update(FollowUp)
          .set({ status: FollowUpStatus.QUEUED, queuedAt: new Date(now), leaseUntil: null })
          .where('id IN (:...ids)', { ids: list.map((f) => f.id) })
          .andWhere(
            `(status IN ('PLANNED', 'QUEUED') OR (status = 'SENDING' AND lease_until <= now()))`,
          )
          .execute(),
      );
    }
    this.logger.debug({ count: followUps.length }, 'follow-ups queued');
  }
}
