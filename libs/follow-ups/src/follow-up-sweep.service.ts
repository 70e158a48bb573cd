import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { CrossOrganizationAccess } from '@onrecord/platform/database';
import { FollowUpScheduler, type QueueableFollowUp } from './follow-up-scheduler';

/** At most this many follow-ups are queued per sweep; the next sweep takes the rest. */
const BATCH = 20_000;

/**
 * The guarantee that nothing owed is lost (ARCHITECTURE.md "Background work"): PostgreSQL says
 * what is owed, the queue only makes it punctual. Every run queues again what is due and
 *  - PLANNED: never queued (the queue was down when it was planned, or it is new after downtime);
 *  - QUEUED for longer than a sweep interval past its time: its job was lost (Redis lost its
 *    keys) — adding it again is a no-op if the job is still there;
 *  - SENDING past its lease: its worker died mid-send.
 * Reminders are not queued: the digest delivers them.
 */
@Injectable()
export class FollowUpSweep {
  private readonly logger = new Logger(FollowUpSweep.name);

  constructor(
    private readonly access: CrossOrganizationAccess,
    private readonly scheduler: FollowUpScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues what is owed and due; returns how many. */
  async sweep(): Promise<number> {
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
}
