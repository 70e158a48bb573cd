import { z } from 'zod';

/**
 * Every setting OnRecord reads, in one place. `.env.example` documents the same list;
 * a test keeps the two in step.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1');

const port = z.coerce
  .number({ message: 'expected a port number' })
  .int('expected a whole number')
  .min(1, 'expected a port between 1 and 65535')
  .max(65535, 'expected a port between 1 and 65535');

const postgresUrl = z
  .string({ message: 'is required (e.g. postgres://user:password@127.0.0.1:5432/onrecord)' })
  .refine((value) => /^postgres(ql)?:\/\/[^/]+\/[^/?]+/.test(value), {
    message:
      'expected a postgres:// URL with a database name, e.g. postgres://user:password@127.0.0.1:5432/onrecord',
  });

const redisUrl = z.string().refine((value) => /^rediss?:\/\/.+/.test(value), {
  message: 'expected a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
});

const smtpUrl = z
  .string({ message: 'is required (e.g. smtp://127.0.0.1:1025)' })
  .refine((value) => /^smtps?:\/\/.+/.test(value), {
    message: 'expected an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.org:587',
  });

const httpUrl = z.string().refine((value) => /^https?:\/\/[^/]+/.test(value), {
  message: 'expected an http:// or https:// URL, e.g. https://onrecord.example.org',
});

const collectorUrl = z.string().refine((value) => /^https?:\/\/[^/]+/.test(value), {
  message:
    'expected the http:// or https:// URL of an OTLP/HTTP collector, e.g. http://127.0.0.1:4318',
});

const exporterChoice = z.enum(['otlp', 'none'], {
  message: 'expected otlp or none (OnRecord exports over OTLP/HTTP only)',
});

export const rawConfigSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      message: 'expected development, test or production',
    })
    .default('development'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  DATABASE_URL: postgresUrl,
  DATABASE_OWNER_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // A streaming replica of DATABASE_URL's database, as the same app role: the outcome report
  // and its CSV files read there (docs/operations.md "A read replica for reports").
  DATABASE_REPLICA_URL: postgresUrl.optional(),
  DATABASE_REPLICA_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(4),
  REDIS_URL: redisUrl.optional(),
  // REDIS_URL names one node of a Redis Cluster (any master); the others are discovered.
  REDIS_CLUSTER: booleanFlag.optional(),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/, 'expected 1-40 lowercase letters, digits, - or _')
    .default('onrecord'),
  SMTP_URL: smtpUrl,
  MAIL_FROM: z
    .string()
    .min(3, 'expected a sender such as "OnRecord <no-reply@example.org>"')
    .optional(),
  PUBLIC_URL: httpUrl.optional(),
  API_HOST: z.string().min(1).default('127.0.0.1'),
  API_PORT: port.default(3000),
  WORKER_HEALTH_PORT: port.default(3001),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
  FOLLOW_UP_SWEEP_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  FOLLOW_UP_LEASE_MS: z.coerce.number().int().min(1000).max(3_600_000).default(120_000),
  FOLLOW_UP_RETRY_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  AUTH_SECRET: z
    .string({ message: 'is required: at least 32 random characters (e.g. `openssl rand -hex 32`)' })
    .min(32, 'expected at least 32 random characters (e.g. `openssl rand -hex 32`)'),
  GRAPHQL_EXPLORER: booleanFlag.optional(),
  GRAPHQL_INTROSPECTION: booleanFlag.optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120000).default(10000),
  // HTTP Basic credentials of the queue dashboard (/admin/queues), for the people who run the
  // service. Both or neither: without them the dashboard does not exist.
  QUEUE_DASHBOARD_USER: z
    .string()
    .regex(/^[^:\s]{1,64}$/, 'expected 1-64 characters, no colon or space (an HTTP Basic user)')
    .optional(),
  QUEUE_DASHBOARD_PASSWORD: z
    .string()
    .min(16, 'expected at least 16 characters (e.g. `openssl rand -hex 16`)')
    .max(200, 'expected at most 200 characters')
    .optional(),
  // Mail in: the replies of schools. The domain of the reply addresses (reply+<token>@…);
  // default inbound.<public host>.
  INBOUND_MAIL_DOMAIN: z
    .string()
    .regex(
      /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/,
      'expected a lowercase domain name, e.g. inbound.onrecord.example.org',
    )
    .optional(),
  // The worker's SMTP receiver: unset, there is none (mail comes by the webhook only).
  INBOUND_SMTP_PORT: port.optional(),
  INBOUND_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  // The mail provider's webhook (POST /inbound/email) sends it as a bearer token; unset, the
  // webhook refuses everything.
  INBOUND_WEBHOOK_SECRET: z
    .string()
    .min(32, 'expected at least 32 random characters (e.g. `openssl rand -hex 32`)')
    .max(200, 'expected at most 200 characters')
    .optional(),
  // The largest message taken in, in bytes (bigger: SMTP 552, HTTP 413, nothing stored).
  INBOUND_MAX_MESSAGE_BYTES: z.coerce
    .number({ message: 'expected a number of bytes' })
    .int('expected a whole number of bytes')
    .min(1024, 'expected at least 1024 bytes')
    .max(100 * 1024 * 1024, 'expected at most 104857600 bytes (100 MB)')
    .default(25 * 1024 * 1024),
  // Attachments of one message whose content is kept (the rest: their name, type and size).
  INBOUND_MAX_ATTACHMENTS: z.coerce.number().int().min(0).max(500).default(50),
  // Documents' bytes: the local filesystem (the default) or S3-compatible object storage.
  DOCUMENT_STORAGE: z.enum(['local', 's3'], { message: 'expected local or s3' }).default('local'),
  // The folder of the local storage; default .data/documents under the working directory.
  DOCUMENT_DIR: z.string().min(1).optional(),
  // The largest document taken, in bytes (bigger: HTTP 413, nothing kept).
  DOCUMENT_MAX_BYTES: z.coerce
    .number({ message: 'expected a number of bytes' })
    .int('expected a whole number of bytes')
    .min(1024, 'expected at least 1024 bytes')
    .max(500 * 1024 * 1024, 'expected at most 524288000 bytes (500 MB)')
    .default(25 * 1024 * 1024),
  S3_BUCKET: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      'expected an S3 bucket name, e.g. onrecord-documents',
    )
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  // An S3-compatible service's URL (MinIO, Ceph…); unset for AWS S3 itself.
  S3_ENDPOINT: httpUrl.optional(),
  S3_FORCE_PATH_STYLE: booleanFlag.optional(),
  // Unset: the AWS SDK's own credential chain (environment, instance role…).
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // OpenTelemetry's own variable names, so a collector's usual setup works as it is.
  OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl.optional(),
  OTEL_TRACES_EXPORTER: exporterChoice.optional(),
  OTEL_METRICS_EXPORTER: exporterChoice.optional(),
  OTEL_SERVICE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/, 'expected 1-100 letters, digits, ".", "-" or "_"')
    .optional(),
});

export type RawConfig = z.infer<typeof rawConfigSchema>;

export type QueueBackendConfig =
  | {
      kind: 'redis';
      url: string;
      /**
       * BullMQ's key prefix (and the throttles'). In a cluster it is QUEUE_PREFIX as a hash
       * tag, `{onrecord}`: every key of every queue then hashes to one slot, as BullMQ's
       * multi-key scripts need.
       */
      prefix: string;
      /** REDIS_URL is a seed node of a Redis Cluster. */
      cluster: boolean;
    }
  | { kind: 'postgres'; url: string; schema: string };

/** The settings as the code uses them: grouped, with defaults that depend on the environment applied. */
export interface AppConfig {
  env: 'development' | 'test' | 'production';
  logLevel: RawConfig['LOG_LEVEL'];
  database: {
    url: string;
    ownerUrl: string;
    poolSize: number;
    /** The read replica the outcome report reads from; null: it reads the primary. */
    replica: { url: string; poolSize: number } | null;
  };
  queue: QueueBackendConfig;
  mail: { smtpUrl: string; from: string };
  publicUrl: string;
  api: { host: string; port: number };
  worker: { healthPort: number; concurrency: number };
  /**
   * How often the sweep looks for follow-ups owed but not queued (and digests due), and how
   * long a worker holds a follow-up it claimed before the sweep may take it back, and the
   * first wait after a temporary send failure (each next wait is four times longer).
   */
  followUps: { sweepEveryMs: number; leaseMs: number; retryMs: number };
  authSecret: string;
  /**
   * Mail in: the reply addresses' domain; the worker's SMTP receiver (null: none); the
   * webhook's shared secret (null: the webhook refuses everything); the limits.
   */
  inbound: {
    domain: string;
    smtp: { host: string; port: number } | null;
    webhookSecret: string | null;
    maxMessageBytes: number;
    maxAttachments: number;
  };
  /**
   * Documents: where their bytes are kept, and the largest taken. `local`: a folder;
   * `s3`: a bucket of S3 or an S3-compatible service (endpoint set), credentials from the
   * settings or the AWS SDK's chain.
   */
  documents: {
    maxBytes: number;
    storage:
      | { kind: 'local'; dir: string }
      | {
          kind: 's3';
          bucket: string;
          region: string;
          endpoint: string | null;
          forcePathStyle: boolean;
          credentials: { accessKeyId: string; secretAccessKey: string } | null;
        };
  };
  graphql: { explorer: boolean; introspection: boolean };
  shutdownGraceMs: number;
  /** The queue dashboard's HTTP Basic credentials; null: there is no dashboard. */
  queueDashboard: { user: string; password: string } | null;
  /**
   * OpenTelemetry: off unless an OTLP endpoint or an exporter is named. Traces and metrics
   * each go over OTLP/HTTP to `endpoint` (the exporter's default, http://localhost:4318,
   * when only OTEL_*_EXPORTER=otlp is set); `serviceName` overrides onrecord-api/-worker.
   */
  telemetry: {
    traces: boolean;
    metrics: boolean;
    endpoint: string | null;
    serviceName: string | null;
  };
}

/** PostgreSQL schema that holds BullMQ's tables when the queue runs on PostgreSQL. */
export const POSTGRES_QUEUE_SCHEMA = 'bullmq';
