import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { CrossOrganizationAccess, DataScopes } from '@onrecord/platform/database';
import { FollowUpPlanner } from './follow-up-planner.service';
import { FollowUpScheduler, type QueueableFollowUp } from './follow-up-scheduler';

/** At most this many follow-ups are queued per sweep; the next sweep takes the rest. */
const BATCH = 20_000;
/** At most this many requests are planned on after a send per sweep. */
const NEXT_BATCH = 500;

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

  /** Queues what is owed and due, then plans on from what was sent; returns how many queued. */
  async sweep(): Promise<number> {
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

  /** Requests with a follow-up sent and not yet planned on, each in a transaction of its own. */
  private async planAfterSent(): Promise<void> {
    const rows: Array<{ organization_id: string; request_id: string }> = await this.access.run(
      'follow-up-sweep',
      { lookup: { sweep: 'follow-ups' } },
      undefined,
      (scope) =>
        scope.manager.query(
          `SELECT DISTINCT organization_id, request_id FROM follow_up
            WHERE status = 'SENT' AND NOT next_planned LIMIT $1`,
          [NEXT_BATCH],
        ),
    );
    const byOrganization = new Map<string, string[]>();
    for (const row of rows)
      byOrganization.set(row.organization_id, [
        ...(byOrganization.get(row.organization_id) ?? []),
        row.request_id,
      ]);
    // A transaction per request: the planner locks the request's row, and holding one lock
    // at a time the sweep cannot deadlock with a member's change that holds several.
    for (const [organizationId, requestIds] of byOrganization) {
      for (const requestId of requestIds)
        await this.scopes.run({ organizationId }, { action: 'plan-follow-ups' }, (scope) =>
          this.planner.replan(scope, requestId),
        );
    }
  }
}
