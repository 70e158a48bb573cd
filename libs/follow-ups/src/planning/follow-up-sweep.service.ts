import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { CrossOrganizationAccess, DataScopes, type DataScope } from '@onrecord/platform/database';
import { FollowUpPlanner } from './follow-up-planner.service';
import { FollowUpScheduler, type QueueableFollowUp } from './follow-up-scheduler';

/** At most this many follow-ups are queued per sweep; the next sweep takes the rest. */
const BATCH = 20_000;
/** At most this many requests are planned on after a send per sweep. */
const NEXT_BATCH = 500;
/**
 * …and this many while follow-ups that are due wait to be sent (a burst: a backlog after
 * downtime, a district's deadline passing for many requests at once). What follows a send is
 * days away and every plan costs a dozen statements, so the sends get the machine first;
 * a few are still planned each sweep, so planning never stops behind a backlog that lasts.
 */
const NEXT_BATCH_WHILE_SENDING = 10;
/** Organizations planned on at the same time, each on a connection of its own. */
const ORGANIZATIONS_PLANNED_AT_ONCE = 4;

/**
 * The guarantee that nothing owed is lost (ARCHITECTURE.md "Background work"): PostgreSQL says
 * what is owed, the queue only makes it punctual. Every run queues again what is due and
 *  - PLANNED: never queued (the queue was down when it was planned, or it is new after downtime);
 *  - QUEUED for longer than a sweep interval past its time: its job was lost (Redis lost its
 *    keys) — adding it again is a no-op if the job is still there;
 *  - SENDING past its lease: its worker died mid-send.
 * Reminders are not queued: the digest delivers them.
 *
 * It also plans what follows a follow-up that went out (the escalation, the family's
 * update): the worker that sent it only marked it SENT, to keep sending fast.
 */
@Injectable()
export class FollowUpSweep {
  private readonly logger = new Logger(FollowUpSweep.name);

  constructor(
    private readonly access: CrossOrganizationAccess,
    private readonly scopes: DataScopes,
    private readonly scheduler: FollowUpScheduler,
    private readonly planner: FollowUpPlanner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The sweep under way in this process, if any. */
  private running?: Promise<number>;

  /**
   * Queues what is owed and due, then plans on from what was sent; returns how many queued.
   * Sweeps share the follow-up queue's workers, so one can start while the last still plans
   * (a long backlog): it does not start a second pass over the same rows, it returns the
   * one under way.
   */
  sweep(): Promise<number> {
    this.running ??= this.sweepOnce().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweepOnce(): Promise<number> {
    const queued = await this.queueOwed();
    await this.planAfterSent();
    return queued;
  }

  private async queueOwed(): Promise<number> {
    const graceSeconds = Math.ceil(this.config.followUps.sweepEveryMs / 1000);
    const rows: Array<{
      id: string;
      organization_id: string;
      kind: string;
      scheduled_at: Date;
      attempts: number;
    }> = await this.access.run(
      'follow-up-sweep',
      { lookup: { sweep: 'follow-ups' } },
      undefined,
      (scope) =>
        scope.manager.query(
          `SELECT id, organization_id, kind, scheduled_at, attempts FROM follow_up
            WHERE status IN ('PLANNED', 'QUEUED', 'SENDING') AND scheduled_at <= now()
              AND kind <> 'ADVOCATE_REMINDER'
              AND (status = 'PLANNED'
                OR (status = 'QUEUED' AND greatest(scheduled_at, queued_at) <= now() - make_interval(secs => $1))
                OR (status = 'SENDING' AND lease_until <= now()))
            ORDER BY scheduled_at
            LIMIT $2`,
          [graceSeconds, BATCH],
        ),
    );
    if (!rows.length) return 0;
    const owed: QueueableFollowUp[] = rows.map((row) => ({
      id: row.id,
      organizationId: row.organization_id,
      kind: row.kind as QueueableFollowUp['kind'],
      scheduledAt: row.scheduled_at,
      attempts: row.attempts,
    }));
    await this.scheduler.queue(owed);
    this.logger.log({ count: owed.length }, 'sweep queued follow-ups');
    return owed.length;
  }

  /**
   * Requests with a follow-up sent and not yet planned on, each in a transaction of its own;
   * fewer while sends are waiting (NEXT_BATCH_WHILE_SENDING).
   */
  private async planAfterSent(): Promise<void> {
    const rows: Array<{ organization_id: string; request_id: string }> = await this.access.run(
      'follow-up-sweep',
      { lookup: { sweep: 'follow-ups' } },
      undefined,
      (scope) =>
        scope.manager.query(
          // Sends waiting: due, queued or being sent (the owed index answers it).
          `SELECT DISTINCT organization_id, request_id FROM follow_up
            WHERE status = 'SENT' AND NOT next_planned
            LIMIT CASE WHEN EXISTS (
                    SELECT 1 FROM follow_up WHERE status IN ('QUEUED', 'SENDING')
                       AND scheduled_at <= now() AND kind <> 'ADVOCATE_REMINDER')
                  THEN $2::int ELSE $1::int END`,
          [NEXT_BATCH, NEXT_BATCH_WHILE_SENDING],
        ),
    );
    const byOrganization = new Map<string, string[]>();
    for (const row of rows) {
      const requestIds = byOrganization.get(row.organization_id) ?? [];
      requestIds.push(row.request_id);
      byOrganization.set(row.organization_id, requestIds);
    }
    // A transaction per request: the planner locks the request's row, and holding one lock
    // at a time the sweep cannot deadlock with a member's change that holds several. A plan
    // waits on a dozen round trips, not on the processor: a few organizations at once.
    const organizations = [...byOrganization];
    const planNext = async (): Promise<void> => {
      for (let next = organizations.shift(); next; next = organizations.shift()) {
        const [organizationId, requestIds] = next;
        for (const requestId of requestIds)
          await this.scopes.run(
            { organizationId },
            { action: 'plan-follow-ups' },
            async (scope) => {
              if (await stillToPlan(scope, requestId)) await this.planner.replan(scope, requestId);
            },
          );
      }
    };
    const outcomes = await Promise.allSettled(
      Array.from({ length: ORGANIZATIONS_PLANNED_AT_ONCE }, planNext),
    );
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/**
 * Locks the request for planning unless another transaction holds it — a sweep in another
 * worker, or a member's change (which plans it itself; if not, the next sweep finds it still
 * unplanned) — and says whether a follow-up of it is still sent and not planned on (another
 * sweep may have planned it since this one looked).
 */
async function stillToPlan(scope: DataScope, requestId: string): Promise<boolean> {
  const rows: unknown[] = await scope.manager.query(
    `SELECT r.id FROM written_request r
      WHERE r.id = $1
        AND EXISTS (SELECT 1 FROM follow_up f
                     WHERE f.request_id = r.id AND f.status = 'SENT' AND NOT f.next_planned)
        FOR NO KEY UPDATE SKIP LOCKED`,
    [requestId],
  );
  return rows.length > 0;
}
