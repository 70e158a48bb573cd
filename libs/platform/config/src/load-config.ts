import { join, resolve } from 'node:path';
import { AppConfig, POSTGRES_QUEUE_SCHEMA, rawConfigSchema } from './config.schema';

/** Thrown when the environment is not usable. Its message names each variable and what is expected. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // Empty strings count as unset: `FOO= npm start` should behave like not setting FOO.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = rawConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const raw = parsed.data;
  const production = raw.NODE_ENV === 'production';
  const problems: string[] = [];
  if (production && !raw.MAIL_FROM) {
    problems.push('MAIL_FROM: is required in production (e.g. "OnRecord <no-reply@example.org>")');
  }
  if (production && !raw.PUBLIC_URL) {
    problems.push(
      'PUBLIC_URL: is required in production (the address people open, e.g. https://onrecord.example.org)',
    );
  }
  if (raw.QUEUE_DASHBOARD_USER && !raw.QUEUE_DASHBOARD_PASSWORD) {
    problems.push(
      'QUEUE_DASHBOARD_PASSWORD: is required with QUEUE_DASHBOARD_USER (at least 16 characters)',
    );
  }
  if (raw.QUEUE_DASHBOARD_PASSWORD && !raw.QUEUE_DASHBOARD_USER) {
    problems.push('QUEUE_DASHBOARD_USER: is required with QUEUE_DASHBOARD_PASSWORD');
  }
  const cluster = raw.REDIS_CLUSTER ?? false;
  if (cluster && !raw.REDIS_URL) {
    problems.push(
      'REDIS_CLUSTER: needs REDIS_URL, one node of the cluster (e.g. redis://10.0.0.5:6379); unset REDIS_CLUSTER to run the queue on PostgreSQL',
    );
  }
  if (cluster && raw.REDIS_URL && !['', '/', '/0'].includes(new URL(raw.REDIS_URL).pathname)) {
    problems.push(
      'REDIS_URL: a Redis Cluster has database 0 only: remove the /<database> from the URL (REDIS_CLUSTER=true)',
    );
  }
  if (raw.DOCUMENT_STORAGE === 's3' && !raw.S3_BUCKET) {
    problems.push('S3_BUCKET: is required with DOCUMENT_STORAGE=s3 (e.g. onrecord-documents)');
  }
  if (!raw.S3_ACCESS_KEY_ID !== !raw.S3_SECRET_ACCESS_KEY) {
    problems.push(
      'S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: both or neither (neither: the AWS SDK finds its own credentials)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const publicUrl = (raw.PUBLIC_URL ?? `http://localhost:${raw.API_PORT}`).replace(/\/+$/, '');
  return {
    env: raw.NODE_ENV,
    logLevel: raw.LOG_LEVEL,
    database: {
      url: raw.DATABASE_URL,
      ownerUrl: raw.DATABASE_OWNER_URL ?? raw.DATABASE_URL,
      poolSize: raw.DATABASE_POOL_SIZE,
      replica: raw.DATABASE_REPLICA_URL
        ? { url: raw.DATABASE_REPLICA_URL, poolSize: raw.DATABASE_REPLICA_POOL_SIZE }
        : null,
    },
    queue: raw.REDIS_URL
      ? {
          kind: 'redis',
          url: raw.REDIS_URL,
          prefix: cluster ? `{${raw.QUEUE_PREFIX}}` : raw.QUEUE_PREFIX,
          cluster,
        }
      : { kind: 'postgres', url: raw.DATABASE_URL, schema: POSTGRES_QUEUE_SCHEMA },
    mail: {
      smtpUrl: raw.SMTP_URL,
      from: raw.MAIL_FROM ?? `OnRecord <no-reply@${new URL(publicUrl).hostname}>`,
    },
    publicUrl,
    api: { host: raw.API_HOST, port: raw.API_PORT },
    worker: { healthPort: raw.WORKER_HEALTH_PORT, concurrency: raw.WORKER_CONCURRENCY },
    followUps: {
      sweepEveryMs: raw.FOLLOW_UP_SWEEP_MS,
      leaseMs: raw.FOLLOW_UP_LEASE_MS,
      retryMs: raw.FOLLOW_UP_RETRY_MS,
    },
    authSecret: raw.AUTH_SECRET,
    inbound: {
      domain: raw.INBOUND_MAIL_DOMAIN ?? `inbound.${new URL(publicUrl).hostname}`,
      smtp:
        raw.INBOUND_SMTP_PORT === undefined
          ? null
          : { host: raw.INBOUND_SMTP_HOST, port: raw.INBOUND_SMTP_PORT },
      webhookSecret: raw.INBOUND_WEBHOOK_SECRET ?? null,
      maxMessageBytes: raw.INBOUND_MAX_MESSAGE_BYTES,
      maxAttachments: raw.INBOUND_MAX_ATTACHMENTS,
    },
    documents: {
      maxBytes: raw.DOCUMENT_MAX_BYTES,
      storage:
        raw.DOCUMENT_STORAGE === 's3'
          ? {
              kind: 's3',
              bucket: raw.S3_BUCKET ?? '',
              region: raw.S3_REGION,
              endpoint: raw.S3_ENDPOINT ?? null,
              // A self-hosted service seldom has a DNS name per bucket.
              forcePathStyle: raw.S3_FORCE_PATH_STYLE ?? raw.S3_ENDPOINT !== undefined,
              credentials:
                raw.S3_ACCESS_KEY_ID && raw.S3_SECRET_ACCESS_KEY
                  ? { accessKeyId: raw.S3_ACCESS_KEY_ID, secretAccessKey: raw.S3_SECRET_ACCESS_KEY }
                  : null,
            }
          : { kind: 'local', dir: resolve(raw.DOCUMENT_DIR ?? join('.data', 'documents')) },
    },
    graphql: {
      explorer: raw.GRAPHQL_EXPLORER ?? !production,
      introspection: raw.GRAPHQL_INTROSPECTION ?? !production,
    },
    shutdownGraceMs: raw.SHUTDOWN_GRACE_MS,
    queueDashboard:
      raw.QUEUE_DASHBOARD_USER && raw.QUEUE_DASHBOARD_PASSWORD
        ? { user: raw.QUEUE_DASHBOARD_USER, password: raw.QUEUE_DASHBOARD_PASSWORD }
        : null,
    telemetry: {
      // An endpoint turns both on; an exporter named explicitly wins either way.
      traces:
        (raw.OTEL_TRACES_EXPORTER ?? (raw.OTEL_EXPORTER_OTLP_ENDPOINT ? 'otlp' : 'none')) ===
        'otlp',
      metrics:
        (raw.OTEL_METRICS_EXPORTER ?? (raw.OTEL_EXPORTER_OTLP_ENDPOINT ? 'otlp' : 'none')) ===
        'otlp',
      endpoint: raw.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '') ?? null,
      serviceName: raw.OTEL_SERVICE_NAME ?? null,
    },
  };
}
