import IORedis from 'ioredis';
import { redisOptionsFromUrl } from './queue-backend';

/** One connection and a PING, so an unreachable Redis stops the boot with one sentence. */
export async function checkRedisConnection(url: string, variable = 'REDIS_URL'): Promise<void> {
  const options = redisOptionsFromUrl(url);
  const client = new IORedis({
    ...options,
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    throw new Error(
      `${variable}: cannot reach Redis at ${options.host}:${options.port} (${(error as Error).message}). ` +
        'Start Redis, fix the URL, or unset REDIS_URL to run the queue on PostgreSQL.',
    );
  } finally {
    client.disconnect();
  }
}
