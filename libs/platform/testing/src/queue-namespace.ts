import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';

export type QueueBackendKind = 'redis' | 'postgres';

/** Both backends run the same tests. */
export const QUEUE_BACKENDS: QueueBackendKind[] = ['redis', 'postgres'];

export function uniqueQueuePrefix(): string {
  return `onrecord-test-${randomBytes(5).toString('hex')}`;
}

/** Removes every Redis key under a test's prefix. */
export async function deleteRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
