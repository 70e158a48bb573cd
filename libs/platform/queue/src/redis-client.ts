import {
  createIORedisClient,
  RedisConnection,
  type RedisOptions as BullRedisOptions,
} from 'bullmq';
import IORedis, { Cluster, type RedisOptions } from 'ioredis';

/** Where Redis is: a redis:// URL, and whether it names one node of a Redis Cluster. */
export interface RedisTarget {
  url: string;
  cluster: boolean;
}

/** A standalone Redis or a Redis Cluster: the commands OnRecord sends work on either. */
export type RedisClient = IORedis | Cluster;

/** How a connection behaves; the same meaning for a standalone server and a cluster. */
export interface RedisClientOptions {
  /**
   * How many reconnections a command waits through before it fails; null (the default):
   * it never fails for that, which BullMQ's connections require.
   */
  maxRetriesPerRequest?: number | null;
  /** false: a command sent while not connected fails at once instead of waiting. */
  enableOfflineQueue?: boolean;
  /** Connect on `connect()` or the first command, not at once. */
  lazyConnect?: boolean;
  connectTimeout?: number;
  connectionName?: string;
  /** Delay before the next reconnection, or null to give up (a cluster: per reconnection of the cluster). */
  retryStrategy?: (times: number) => number | null | void;
}

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
 * The one place a connection to the app's Redis is made (the queue's, through
 * `bullmqConnection`; the throttles'; the start-up check's; the tests' key cleanup): a standalone `Redis`, or, for a cluster, an ioredis `Cluster` seeded with the
 * URL's node, which discovers the others and sends each command to the master of its key's
 * slot.
 */
export function createRedisClient(
  target: RedisTarget,
  options: RedisClientOptions = {},
): RedisClient {
  const { host, port, db, ...auth } = redisOptionsFromUrl(target.url);
  const { lazyConnect, retryStrategy, ...perCommand } = options;
  const node: RedisOptions = {
    ...auth,
    ...definedOnly(perCommand),
    maxRetriesPerRequest:
      options.maxRetriesPerRequest === undefined ? null : options.maxRetriesPerRequest,
  };
  if (!target.cluster) {
    return new IORedis({ host, port, db, ...node, ...definedOnly({ lazyConnect, retryStrategy }) });
  }
  return new Cluster([{ host, port }], {
    // Per node: credentials, TLS, and how commands wait. (A cluster has database 0 only.)
    redisOptions: node,
    ...definedOnly({
      lazyConnect,
      enableOfflineQueue: options.enableOfflineQueue,
      clusterRetryStrategy: retryStrategy as ((times: number) => number | void | null) | undefined,
    }),
  });
}

/** Every master of a cluster (the one server, standalone): what SCAN must run on to see every key. */
export function redisMasters(client: RedisClient): IORedis[] {
  return client instanceof Cluster ? client.nodes('master') : [client];
}

const TARGET = 'onrecordRedisTarget';

/**
 * BullMQ's `connection` option for `target`. BullMQ makes (and closes) its own connections
 * from these options, several per queue and worker; it makes each through
 * `createRedisClient`, so on a cluster each is a `Cluster`. (BullMQ's hook for that,
 * RedisConnection.clientFactory, is process-wide; options that are not these make the plain
 * ioredis connection BullMQ would have made itself.)
 */
export function bullmqConnection(target: RedisTarget): BullRedisOptions {
  RedisConnection.clientFactory = bullmqClientFactory;
  return { ...redisOptionsFromUrl(target.url), [TARGET]: target } as BullRedisOptions;
}

function bullmqClientFactory(opts: BullRedisOptions) {
  const { [TARGET]: target, ...rest } = opts as BullRedisOptions & { [TARGET]?: RedisTarget };
  if (!target) {
    const { url, ...others } = rest as RedisOptions & { url?: string };
    return createIORedisClient(url ? new IORedis(url, others) : new IORedis(others));
  }
  return createIORedisClient(
    createRedisClient(target, {
      maxRetriesPerRequest: rest.maxRetriesPerRequest ?? null,
      connectionName: rest.connectionName,
      enableOfflineQueue: rest.enableOfflineQueue,
      retryStrategy: rest.retryStrategy,
      lazyConnect: rest.lazyConnect,
    }),
  );
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
