import { randomBytes } from 'node:crypto';
import { createRedisClient, redisMasters, type RedisTarget } from '@onrecord/platform/queue';

export type QueueBackendKind = 'redis' | 'postgres';

/** Both backends run the same tests. */
export const QUEUE_BACKENDS: QueueBackendKind[] = ['redis', 'postgres'];

export function uniqueQueuePrefix(): string {
  return `onrecord-test-${randomBytes(5).toString('hex')}`;
}

/**
 * Removes every Redis key under a test's prefix (as the keys start: `{p}` on a cluster).
 * On a cluster each master holds only its slots' keys, so the SCAN runs on every master, and
 * each key is deleted on its own (one DEL of keys in several slots is refused).
 */
export async function deleteRedisPrefix(
  target: RedisTarget | string,
  prefix: string,
): Promise<void> {
  const redis = createRedisClient(
    typeof target === 'string' ? { url: target, cluster: false } : target,
    { maxRetriesPerRequest: 1, lazyConnect: true },
  );
  try {
    // Resolves once connected (a cluster: once its masters are known).
    await redis.connect();
    for (const node of redisMasters(redis)) {
      let cursor = '0';
      do {
        const [next, keys] = await node.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length > 0) {
          const deletes = node.pipeline();
          for (const key of keys) deletes.del(key);
          await deletes.exec();
        }
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}
