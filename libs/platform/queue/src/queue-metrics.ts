import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { metrics, type BatchObservableCallback, type ObservableGauge } from '@opentelemetry/api';
import { QueueHealth } from './queue-health';

const STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/**
 * `onrecord.queue.jobs` {queue, state}: the jobs waiting, active, delayed and failed in each
 * queue, read from the queue backend when the metrics are collected. In the worker only (one
 * process's figures are everyone's: the queues are shared). The OpenTelemetry API itself
 * (platform/observability depends on this lib); while telemetry is off nothing reads it.
 */
@Injectable()
export class QueueMetrics implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(QueueMetrics.name);
  private readonly meter = metrics.getMeter('onrecord');
  private gauge?: ObservableGauge;
  private readonly observe: BatchObservableCallback = async (result) => {
    if (!this.gauge) return;
    try {
      for (const counts of await this.queues.counts()) {
        for (const state of STATES)
          result.observe(this.gauge, counts[state], { queue: counts.queue, state });
      }
    } catch (error) {
      // No figure rather than a wrong one; the health check says the backend is down.
      this.logger.warn({ err: error }, 'queue metrics: the backend did not answer');
    }
  };

  constructor(private readonly queues: QueueHealth) {}

  onModuleInit(): void {
    this.gauge = this.meter.createObservableGauge('onrecord.queue.jobs', {
      description: 'Jobs in each queue by state (waiting, active, delayed, failed)',
      unit: '{job}',
    });
    this.meter.addBatchObservableCallback(this.observe, [this.gauge]);
  }

  onModuleDestroy(): void {
    if (this.gauge) this.meter.removeBatchObservableCallback(this.observe, [this.gauge]);
  }
}
