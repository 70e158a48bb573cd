import { createRedisClient, type RedisTarget } from './redis-client';

/**
 * One connection and a PING, so an unreachable Redis stops the boot with one sentence; and
 * the server must be what REDIS_CLUSTER says: a standalone server, or a cluster whose state
 * is ok (every slot served).
 */
export async function checkRedisConnection(
  target: RedisTarget | string,
  variable = 'REDIS_URL',
): Promise<void> {
  const { url, cluster } = typeof target === 'string' ? { url: target, cluster: false } : target;
  const { host, port } = new URL(url);
  const where = `${host}${port ? '' : ':6379'}`;
  const client = createRedisClient(
    { url, cluster },
    { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null },
  );
  client.on('error', () => undefined);
  let info: string;
  try {
    await client.connect();
    await client.ping();
    info = cluster ? await client.cluster('INFO') : await client.info('cluster');
  } catch (error) {
    throw new Error(
      `${variable}: cannot reach Redis${cluster ? ' Cluster' : ''} at ${where} (${(error as Error).message}). ` +
        (cluster
          ? 'Start the cluster, fix the URL (any node of the cluster), or unset REDIS_CLUSTER for a standalone Redis.'
          : 'Start Redis, fix the URL, or unset REDIS_URL to run the queue on PostgreSQL.'),
    );
  } finally {
    client.disconnect();
  }
  if (cluster && !/^cluster_state:ok/m.test(info)) {
    const state = /^cluster_state:(\S+)/m.exec(info)?.[1] ?? 'unknown';
    throw new Error(
      `${variable}: the Redis Cluster at ${where} is not ready (cluster_state:${state}): some slots have no master.`,
    );
  }
  if (!cluster && /^cluster_enabled:1/m.test(info)) {
    throw new Error(
      `${variable}: Redis at ${where} is a node of a Redis Cluster: set REDIS_CLUSTER=true.`,
    );
  }
}
