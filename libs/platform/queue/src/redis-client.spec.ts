import { RedisConnection } from 'bullmq';
import IORedis, { Cluster } from 'ioredis';
import { bullmqConnection, createRedisClient, redisMasters } from './redis-client';

describe('createRedisClient', () => {
  const clients: Array<IORedis | Cluster> = [];
  afterEach(() => clients.splice(0).forEach((client) => client.disconnect()));
  const make = (...args: Parameters<typeof createRedisClient>) => {
    const client = createRedisClient(...args);
    clients.push(client);
    return client;
  };

  it('makes a standalone client from the URL, never giving up on a command unless told', () => {
    const client = make(
      { url: 'redis://u:p%40ss@cache.example:6380/2', cluster: false },
      {
        lazyConnect: true,
      },
    );
    expect(client).toBeInstanceOf(IORedis);
    expect(client.options).toMatchObject({
      host: 'cache.example',
      port: 6380,
      db: 2,
      username: 'u',
      password: 'p@ss',
      maxRetriesPerRequest: null,
      lazyConnect: true,
    });
    expect(redisMasters(client)).toEqual([client]);
  });

  it('makes a Cluster seeded with the URL’s node, the per-command options on every node', () => {
    const retry = () => null;
    const client = make(
      { url: 'rediss://u:secret@10.0.0.5:7000', cluster: true },
      {
        lazyConnect: true,
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
        retryStrategy: retry,
      },
    );
    expect(client).toBeInstanceOf(Cluster);
    const cluster = client as Cluster;
    expect((cluster as unknown as { startupNodes: unknown }).startupNodes).toEqual([
      { host: '10.0.0.5', port: 7000 },
    ]);
    expect(cluster.options).toMatchObject({
      lazyConnect: true,
      enableOfflineQueue: false,
      clusterRetryStrategy: retry,
    });
    expect(cluster.options.redisOptions).toMatchObject({
      username: 'u',
      password: 'secret',
      tls: {},
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
    });
    expect(cluster.options.redisOptions).not.toHaveProperty('db');
  });

  it('gives BullMQ options from which it makes its connections through the same factory', () => {
    const options = bullmqConnection({ url: 'redis://10.0.0.5:7000', cluster: true });
    expect(RedisConnection.clientFactory).toBeDefined();
    const made = RedisConnection.clientFactory!({
      ...options,
      lazyConnect: true,
      maxRetriesPerRequest: null,
      connectionName: 'bull:blocking',
    }) as unknown as Cluster;
    clients.push(made);
    expect(made.isCluster).toBe(true);
    expect(made.options.redisOptions).toMatchObject({
      maxRetriesPerRequest: null,
      connectionName: 'bull:blocking',
    });
    // Options that are not ours: the plain connection BullMQ would have made.
    const plain = RedisConnection.clientFactory!({
      host: '127.0.0.1',
      port: 6390,
      lazyConnect: true,
    }) as unknown as IORedis;
    clients.push(plain);
    expect(plain.isCluster).toBe(false);
    expect(plain.options.port).toBe(6390);
  });
});
