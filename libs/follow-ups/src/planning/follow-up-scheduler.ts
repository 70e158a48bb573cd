import { Injectable, Logger } from '@nestjs/common';
import { DataScopes, type DataScope } from '@onrecord/platform/database';
import { createHash } from 'node:crypto';
import { JobProducer, type JobPayloads } from '@onrecord/platform/queue';
import { FollowUpKind } from '../model/follow-up-enums';

/** A follow-up as the queue needs it. */
export interface QueueableFollowUp {
  id: string;
  organizationId: string;
  kind: FollowUpKind;
  scheduledAt: Date;
  attempts: number;
}

/**
 * Puts follow-ups on the queue, as delayed jobs due at their time. Only ever after the
 * transaction that planned them has committed (the worker must find the row), and only
 * after their QUEUED mark has committed too: a job is never visible before the rows it names
 * are, unlocked (an idle worker takes a job within a millisecond). If the queue cannot be
 * reached they stay QUEUED with no job, and the sweep queues them again a sweep interval
 * later. Reminders are not queued: they go out in the advocate's digest.
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

  /**
   * Marks the rows QUEUED and commits, then adds their jobs (one round trip per
   * organization): those due now in batches (one job sends many), the others each as a job
   * delayed to its time. A row a worker claimed meanwhile (SENDING, lease running), or that
   * is no longer owed, gets no job.
   */
  async queue(followUps: readonly QueueableFollowUp[], now = Date.now()): Promise<void> {
    const byOrganization = new Map<string, QueueableFollowUp[]>();
    for (const f of followUps) {
      const list = byOrganization.get(f.organizationId) ?? [];
      list.push(f);
      byOrganization.set(f.organizationId, list);
    }
    for (const [organizationId, list] of byOrganization) {
      // No audit context: this is the machinery's bookkeeping, not a change anyone made.
      // Locked in id order, as a claim locks them.
      const marked: Array<{ id: string }> = await this.scopes.run(
        { organizationId },
        undefined,
        (scope) =>
          scope.manager.query(
            // (A SELECT around the UPDATE: TypeORM answers an UPDATE with [rows, count].)
            `WITH marked AS (
               UPDATE follow_up f SET status = 'QUEUED', queued_at = $2, lease_until = NULL,
                      updated_at = now()
                WHERE f.id IN (
                  SELECT id FROM follow_up
                   WHERE id = ANY($1::uuid[])
                     AND (status IN ('PLANNED', 'QUEUED') OR (status = 'SENDING' AND lease_until <= now()))
                   ORDER BY id FOR UPDATE)
                RETURNING f.id)
             SELECT id FROM marked`,
            [list.map((f) => f.id), new Date(now)],
          ),
      );
      const ids = new Set(marked.map((row) => row.id));
      await this.jobs.enqueueMany(
        'send-follow-ups',
        jobsFor(
          organizationId,
          list.filter((f) => ids.has(f.id)),
          now,
        ),
      );
    }
    this.logger.debug({ count: followUps.length }, 'follow-ups queued');
  }
}

/** Follow-ups sent together by one job: a transaction and a few statements for all of them. */
export const BATCH_SIZE = 25;

/** One delayed job per follow-up not yet due; the due ones in batches. */
export function jobsFor(
  organizationId: string,
  followUps: readonly QueueableFollowUp[],
  now: number,
): Array<{ payload: JobPayloads['send-follow-ups']; options: { delay?: number } }> {
  const keyOf = (f: QueueableFollowUp) => `${f.id}-${f.scheduledAt.getTime()}-${f.attempts}`;
  const due = followUps.filter((f) => f.scheduledAt.getTime() <= now);
  const jobs: Array<{ payload: JobPayloads['send-follow-ups']; options: { delay?: number } }> =
    followUps
      .filter((f) => f.scheduledAt.getTime() > now)
      .map((f) => ({
        payload: { organizationId, followUpIds: [f.id], key: keyOf(f) },
        options: { delay: f.scheduledAt.getTime() - now },
      }));
  for (let i = 0; i < due.length; i += BATCH_SIZE) {
    const batch = due.slice(i, i + BATCH_SIZE);
    const [only] = batch;
    const key =
      batch.length === 1 && only
        ? keyOf(only)
        : createHash('sha256').update(batch.map(keyOf).join(',')).digest('hex').slice(0, 32);
    jobs.push({
      payload: { organizationId, followUpIds: batch.map((f) => f.id), key },
      options: {},
    });
  }
  return jobs;
}
