import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { metrics, type BatchObservableCallback, type ObservableGauge } from '@opentelemetry/api';
import { CrossOrganizationAccess } from '@onrecord/platform/database';

/**
 * How far behind the report summary (request_outcome) is, in every organization:
 * `onrecord.report_summary.stale_rows`, the rows changed since they were computed
 * (changes <> refreshed_changes; the worker computes them every half minute, so this should
 * keep falling back to 0), and `onrecord.report_summary.stale_seconds`, how long ago the
 * oldest of them was last computed (0 when none is stale). Read in the worker through
 * CrossOrganizationAccess ('metrics', the refresh's lookup); counts only.
 */
@Injectable()
export class RequestOutcomeMetrics implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RequestOutcomeMetrics.name);
  private readonly meter = metrics.getMeter('onrecord');
  private gauges?: { rows: ObservableGauge; seconds: ObservableGauge };
  private readonly observe: BatchObservableCallback = async (result) => {
    if (!this.gauges) return;
    try {
      const { rows, seconds } = await this.staleness();
      result.observe(this.gauges.rows, rows);
      result.observe(this.gauges.seconds, seconds);
    } catch (error) {
      this.logger.warn({ err: error }, 'report summary metrics: could not count');
    }
  };

  constructor(private readonly access: CrossOrganizationAccess) {}

  onModuleInit(): void {
    this.gauges = {
      rows: this.meter.createObservableGauge('onrecord.report_summary.stale_rows', {
        description: 'Report summary rows changed since they were last computed',
        unit: '{row}',
      }),
      seconds: this.meter.createObservableGauge('onrecord.report_summary.stale_seconds', {
        description: 'Since the oldest stale report summary row was last computed',
        unit: 's',
      }),
    };
    this.meter.addBatchObservableCallback(this.observe, Object.values(this.gauges));
  }

  onModuleDestroy(): void {
    if (this.gauges)
      this.meter.removeBatchObservableCallback(this.observe, Object.values(this.gauges));
  }

  async staleness(): Promise<{ rows: number; seconds: number }> {
    const [row] = await this.access.run(
      'metrics',
      { lookup: { sweep: 'request-outcomes' } },
      undefined,
      (scope) =>
        scope.manager.query(
          `SELECT count(*)::int AS rows,
                  coalesce(extract(epoch FROM now() - min(refreshed_at)), 0)::float8 AS seconds
             FROM request_outcome WHERE changes <> refreshed_changes`,
        ),
    );
    return row;
  }
}
