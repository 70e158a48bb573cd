import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { metrics, type BatchObservableCallback, type ObservableGauge } from '@opentelemetry/api';
import { CrossOrganizationAccess } from '@onrecord/platform/database';

/**
 * `onrecord.follow_ups` {state}: follow-ups owed (still to go out: planned, draft, queued,
 * sending), owed_due (of those, the ones whose time has come), sent and failed, in every
 * organization, counted when the metrics are collected (once a minute by default). Read in
 * the worker through CrossOrganizationAccess ('metrics', the sweep's lookup): the app role
 * sees no row without an organization. Counts only: no id leaves the query.
 */
@Injectable()
export class FollowUpMetrics implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(FollowUpMetrics.name);
  private readonly meter = metrics.getMeter('onrecord');
  private gauge?: ObservableGauge;
  private readonly observe: BatchObservableCallback = async (result) => {
    if (!this.gauge) return;
    try {
      const counts = await this.counts();
      for (const [state, count] of Object.entries(counts))
        result.observe(this.gauge, count, { state });
    } catch (error) {
      this.logger.warn({ err: error }, 'follow-up metrics: could not count');
    }
  };

  constructor(private readonly access: CrossOrganizationAccess) {}

  onModuleInit(): void {
    this.gauge = this.meter.createObservableGauge('onrecord.follow_ups', {
      description: 'Follow-ups owed (and of those due now), sent and failed, all organizations',
      unit: '{follow_up}',
    });
    this.meter.addBatchObservableCallback(this.observe, [this.gauge]);
  }

  onModuleDestroy(): void {
    if (this.gauge) this.meter.removeBatchObservableCallback(this.observe, [this.gauge]);
  }

  async counts(): Promise<{ owed: number; owed_due: number; sent: number; failed: number }> {
    const [row] = await this.access.run(
      'metrics',
      { lookup: { sweep: 'follow-ups' } },
      undefined,
      (scope) =>
        scope.manager.query(
          `SELECT count(*) FILTER (WHERE status IN ('PLANNED', 'DRAFT', 'QUEUED', 'SENDING'))::int AS owed,
                  count(*) FILTER (WHERE status IN ('PLANNED', 'DRAFT', 'QUEUED', 'SENDING')
                                     AND scheduled_at <= now())::int AS owed_due,
                  count(*) FILTER (WHERE status = 'SENT')::int AS sent,
                  count(*) FILTER (WHERE status = 'FAILED')::int AS failed
             FROM follow_up`,
        ),
    );
    return row;
  }
}
