import { createPostgresBackend, setDefaultBackendFactory, type QueueOptions } from 'bullmq';
import { BullMQOtel } from 'bullmq-otel';
import type { QueueBackendConfig } from '@onrecord/platform/config';
import { bullmqConnection } from './redis-client';

/**
 * Chooses the queue backend for this process and returns the options every queue and
 * worker is created with. Code above this lib does not know which backend runs.
 *
 * BullMQ keeps the backend as a process-wide default, so this must run before any
 * Queue or Worker is constructed.
 *
 * `traced`: BullMQ's own OpenTelemetry spans (add, process), with the trace context stored in
 * the job's options, so the worker's run of a job continues the trace that added it. The
 * same on both backends: the context travels in the job's options, which both store.
 */
export function configureQueueBackend(config: QueueBackendConfig, traced = false): QueueOptions {
  const telemetry = traced ? { telemetry: new BullMQOtel() } : {};
  if (config.kind === 'postgres') {
    setDefaultBackendFactory(createPostgresBackend);
    return {
      ...telemetry,
      // The schema is created and migrated by the migrate step (as the owner role);
      // the application role only uses it.
      connection: {
        connectionString: config.url,
        schema: config.schema,
        skipMigrations: true,
        max: 5,
      },
    } as unknown as QueueOptions;
  }
  setDefaultBackendFactory(undefined);
  // On a cluster the prefix is a hash tag ({onrecord}, see loadConfig): each queue's keys,
  // which BullMQ's scripts touch together, share a slot.
  return { ...telemetry, connection: bullmqConnection(config), prefix: config.prefix };
}
