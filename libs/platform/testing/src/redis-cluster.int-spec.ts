import { Queue, Worker, type Job } from 'bullmq';
import { LoginThrottle } from '@onrecord/platform/auth';
import type { AppConfig } from '@onrecord/platform/config';
import { testConfig } from '@onrecord/platform/config/testing';
import { testServices } from '@onrecord/platform/database/testing';
import {
  ALL_QUEUES,
  checkRedisConnection,
  configureQueueBackend,
  createRedisClient,
  redisMasters,
} from '@onrecord/platform/queue';
import { eventually } from './graphql-client';
import { deleteRedisPrefix, uniqueQueuePrefix } from './queue-namespace';
import { TestRedisCluster } from './redis-cluster';

/**
 * The Redis pieces of OnRecord on a real Redis Cluster of three masters, started by this
 * test: the queue backend (BullMQ, its prefix a hash tag), the login throttle, the start-up
 * check and the tests' key cleanup (SCAN on every master).
 */
describe('on a Redis Cluster', () => {
  let cluster: TestRedisCluster;
  let config: AppConfig;
  const queuePrefix = uniqueQueuePrefix();

  beforeAll(async () => {
    cluster = await TestRedisCluster.start();
    config = testConfig({
      DATABASE_URL: 'postgres://unused@127.0.0.1:5432/unused',
      QUEUE_PREFIX: queuePrefix,
      ...cluster.env,
    });
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  /** Every key of the cluster under `pattern`, with the port of the master holding it. */
  const keysOnMasters = async (pattern: string) => {
    const found: Array<{ key: string; port: number }> = [];
    for (const port of cluster.ports) {
      const node = cluster.node(port);
      try {
        await node.connect();
        for (const key of await node.keys(pattern)) found.push({ key, port });
      } finally {
        node.disconnect();
      }
    }
    return found;
  };

  it('is three masters sharing the slots, and passes the start-up check only as a cluster', async () => {
    const client = createRedisClient(cluster.target, { lazyConnect: true });
    try {
      await client.connect();
      const masters = redisMasters(client);
      expect(masters.map((m) => m.options.port).sort()).toEqual([...cluster.ports].sort());
    } finally {
      client.disconnect();
    }
    await expect(checkRedisConnection(cluster.target)).resolves.toBeUndefined();
    // The same node taken for a standalone server: refused at start, naming the fix.
    await expect(checkRedisConnection(cluster.url)).rejects.toThrow(
      /^REDIS_URL: Redis at 127\.0\.0\.1:\d+ is a node of a Redis Cluster: set REDIS_CLUSTER=true/,
    );
    // A standalone server taken for a cluster: refused too (it answers no CLUSTER SLOTS).
    await expect(
      checkRedisConnection({ url: testServices().redisUrl, cluster: true }),
    ).rejects.toThrow(/^REDIS_URL: cannot reach Redis Cluster at .*unset REDIS_CLUSTER/);
  });

  it('runs every queue with its keys in one slot, as the hash-tagged prefix makes them', async () => {
    expect(config.queue).toMatchObject({
      kind: 'redis',
      cluster: true,
      prefix: `{${queuePrefix}}`,
    });
    if (config.queue.kind !== 'redis') throw new Error('expected the Redis queue');
    const options = configureQueueBackend(config.queue);
    const queues = ALL_QUEUES.map((name) => new Queue(name, options));
    const processed: string[] = [];
    const workers = ALL_QUEUES.map(
      (name) =>
        new Worker(
          name,
          async (job: Job) => {
            processed.push(`${name}/${job.name}`);
            return job.data;
          },
          { ...options, concurrency: 2 },
        ),
    );
    try {
      for (const queue of queues) {
        await queue.add('now', { n: 1 }, { jobId: `${queue.name}-once` });
        // The same id again: one job (BullMQ's check spans several keys of the queue).
        await queue.add('now', { n: 2 }, { jobId: `${queue.name}-once` });
        await queue.add('later', { n: 3 }, { delay: 300 });
      }
      await eventually(async () => processed.length >= 2 * ALL_QUEUES.length, 15_000, 50);
      expect(processed.sort()).toEqual(
        ALL_QUEUES.flatMap((name) => [`${name}/later`, `${name}/now`]).sort(),
      );
      const counts = await Promise.all(queues.map((q) => q.getJobCounts('completed', 'failed')));
      expect(counts).toEqual(ALL_QUEUES.map(() => ({ completed: 2, failed: 0 })));

      const keys = await keysOnMasters(`{${queuePrefix}}:*`);
      expect(keys.length).toBeGreaterThan(ALL_QUEUES.length * 3);
      const client = createRedisClient(cluster.target, { lazyConnect: true });
      try {
        await client.connect();
        const slots = new Set<number>();
        for (const { key } of keys) slots.add(Number(await client.cluster('KEYSLOT', key)));
        expect(slots.size).toBe(1);
      } finally {
        client.disconnect();
      }
      expect(new Set(keys.map((k) => k.port)).size).toBe(1);
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
      await Promise.all(queues.map((queue) => queue.close()));
    }
  });

  it('needs the hash tag: a queue under a plain prefix is refused by the cluster', async () => {
    if (config.queue.kind !== 'redis') throw new Error('expected the Redis queue');
    const options = configureQueueBackend({ ...config.queue, prefix: queuePrefix });
    const queue = new Queue('follow-ups', options);
    try {
      await expect(queue.add('now', {})).rejects.toThrow(/CROSSSLOT/);
    } finally {
      await queue.close();
    }
  });

  it('slows failed logins down, its counts kept in the cluster', async () => {
    const throttle = new LoginThrottle(config);
    try {
      const email = `cluster-${queuePrefix}@example.org`;
      // The throttle does not wait for a connection (its commands fail at once): wait here.
      await eventually(async () => (await throttle.retryAfter(email, '10.0.0.1')) === 0, 10_000);
      for (let i = 0; i < 5; i++) await throttle.recordFailure(email, '10.0.0.1');
      // Three free failures, then 1 s, then 2 s.
      expect(await throttle.retryAfter(email, '10.0.0.1')).toBe(2);
      expect(await throttle.retryAfter(email, '10.0.0.2')).toBe(2);
      expect(await throttle.retryAfter(`other-${email}`, '10.0.0.2')).toBe(0);
      const keys = await keysOnMasters(`{${queuePrefix}}:login:*`);
      expect(keys.length).toBeGreaterThanOrEqual(2);
      await throttle.recordSuccess(email);
      expect(await throttle.retryAfter(email, '10.0.0.2')).toBe(0);
      // Sign-up requests are counted there too.
      const requests = throttle.requests('signup', { perEmail: 2, perAddress: 100 });
      expect(await requests.take(email, '10.0.0.3')).toBe(0);
      expect(await requests.take(email, '10.0.0.3')).toBe(0);
      expect(await requests.take(email, '10.0.0.3')).toBeGreaterThan(0);
    } finally {
      await throttle.onModuleDestroy();
    }
  });

  it('deletes a test’s keys on every master, and nobody else’s', async () => {
    const mine = uniqueQueuePrefix();
    const theirs = uniqueQueuePrefix();
    const client = createRedisClient(cluster.target, { lazyConnect: true });
    try {
      await client.connect();
      // No hash tag: the keys spread over the masters (one DEL of them all would be refused).
      for (let i = 0; i < 60; i++) {
        await client.set(`${mine}:key-${i}`, String(i));
        await client.set(`${theirs}:key-${i}`, String(i));
      }
      await client.set(`{${mine}}:tagged`, 'x');
      expect(new Set((await keysOnMasters(`${mine}:*`)).map((k) => k.port)).size).toBe(3);

      await deleteRedisPrefix(cluster.target, mine);
      await deleteRedisPrefix(cluster.target, `{${mine}}`);
      expect(await keysOnMasters(`${mine}:*`)).toEqual([]);
      expect(await keysOnMasters(`{${mine}}:*`)).toEqual([]);
      expect(await keysOnMasters(`${theirs}:*`)).toHaveLength(60);
      await deleteRedisPrefix(cluster.target, theirs);
    } finally {
      client.disconnect();
    }
  });
});
