import { createPostgresBackend, setDefaultBackendFactory, type QueueOptions } from 'bullmq';
import { BullMQOtel } from 'bullmq-otel';
import type { QueueBackendConfig } from '@onrecord/platform/config';

/** Redis connection options for ioredis, from a redis:// URL. */
export function redisOptionsFromUrl(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // Required by BullMQ workers: they block on Redis and must not give up on a command.
    maxRetriesPerRequest: null,
  };
}

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
  return { ...telemetry, connection: redisOptionsFromUrl(config.url), prefix: config.prefix };
}
