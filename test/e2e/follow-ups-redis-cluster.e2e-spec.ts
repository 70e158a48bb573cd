import { createRedisClient, redisMasters } from '@onrecord/platform/queue';
import {
  FollowUpStack,
  ownRedisCluster,
  sendsAFollowUpEnqueuedManyTimesOnce,
  sendsEveryOwedOnceWhenTheWorkerIsKilled,
  sendsEveryPendingOnceAfterRedisLostItsKeys,
} from './follow-up-stack';

const DASHBOARD_USER = 'ops';
const DASHBOARD_PASSWORD = 'cluster-dashboard-password';

/**
 * The follow-up engine on a Redis Cluster (REDIS_CLUSTER=true): three masters started by the
 * test, the built api and worker pointed at one of them, the queue's keys under the
 * hash-tagged prefix. The faults of follow-ups.e2e-spec.ts, the same cases: many jobs for one
 * follow-up, the worker SIGKILLed mid-batch, the cluster losing every key.
 */
describe('follow-ups on a Redis Cluster', () => {
  const redis = ownRedisCluster();
  const stack = new FollowUpStack(redis);

  beforeAll(() =>
    stack.start({
      QUEUE_DASHBOARD_USER: DASHBOARD_USER,
      QUEUE_DASHBOARD_PASSWORD: DASHBOARD_PASSWORD,
    }),
  );
  afterAll(() => stack.stop());

  it('runs the api and worker on the cluster: healthy, every queue key in one slot, the dashboard reading it', async () => {
    const { queue } = stack.environment.config;
    expect(queue).toMatchObject({ kind: 'redis', cluster: true });
    if (queue.kind !== 'redis') throw new Error('expected the Redis queue');
    expect(queue.prefix).toBe(`{${stack.environment.queuePrefix}}`);
    for (const url of [`${stack.apiUrl}/health`, stack.workerHealthUrl]) {
      const health = (await (await fetch(url)).json()) as { info: Record<string, unknown> };
      expect(health.info).toMatchObject({ queue: { status: 'up' } });
    }

    // The worker's job schedulers are in Redis by now: every key of the app's under the
    // prefix, in one slot, on one master.
    const client = createRedisClient(queue, { lazyConnect: true });
    try {
      await client.connect();
      const keys: string[] = [];
      for (const node of redisMasters(client)) keys.push(...(await node.keys(`${queue.prefix}:*`)));
      expect(keys.some((key) => key.startsWith(`${queue.prefix}:follow-ups:`))).toBe(true);
      const slots = new Set(
        await Promise.all(keys.map(async (key) => Number(await client.cluster('KEYSLOT', key)))),
      );
      expect(keys.length).toBeGreaterThan(0);
      expect(slots.size).toBe(1);
    } finally {
      client.disconnect();
    }

    // bull-board at /admin/queues: the queues, and the cluster's figures.
    const auth = `Basic ${Buffer.from(`${DASHBOARD_USER}:${DASHBOARD_PASSWORD}`).toString('base64')}`;
    const queues = await fetch(`${stack.apiUrl}/admin/queues/api/queues`, {
      headers: { authorization: auth },
    });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual([
      'follow-ups',
      'reports',
      'surveys',
      'system',
    ]);
    const stats = await fetch(`${stack.apiUrl}/admin/queues/api/redis/stats`, {
      headers: { authorization: auth },
    });
    expect(stats.status).toBe(200);
    expect(await stats.json()).toMatchObject({ version: expect.stringMatching(/^\d+\./) });
  });

  it('sends a follow-up enqueued many times once', () =>
    sendsAFollowUpEnqueuedManyTimesOnce(stack));

  it(
    'sends every owed message once when the worker is killed mid-batch and restarted',
    () => sendsEveryOwedOnceWhenTheWorkerIsKilled(stack),
    120_000,
  );

  it('still sends every pending follow-up once after the cluster lost every key', () =>
    sendsEveryPendingOnceAfterRedisLostItsKeys(stack));
});
