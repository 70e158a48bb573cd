import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import IORedis from 'ioredis';
import type { RedisTarget } from '@onrecord/platform/queue';

const run = promisify(execFile);

/** Processes of clusters not yet stopped: killed if the test process exits first. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * A real Redis Cluster of this test's own: `masters` `redis-server --cluster-enabled yes`
 * processes (no replicas) on free loopback ports, their files in a temporary directory,
 * joined by `redis-cli --cluster create`. `start` resolves once every node reports
 * `cluster_state:ok`; `stop` kills the processes and deletes the directory. The servers are
 * found on PATH; a missing one fails the start (a test on the cluster never skips).
 *
 *   const cluster = await TestRedisCluster.start();
 *   try { ... cluster.env ... } finally { await cluster.stop(); }
 */
export class TestRedisCluster {
  private readonly children: ChildProcess[] = [];
  private readonly output: string[] = [];
  readonly ports: number[] = [];
  private stopped = false;

  private constructor(private readonly dir: string) {}

  static async start(masters = 3): Promise<TestRedisCluster> {
    const cluster = new TestRedisCluster(mkdtempSync(join(tmpdir(), 'onrecord-redis-cluster-')));
    try {
      await cluster.startNodes(masters);
      await cluster.join();
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw new Error(
        `could not start a Redis Cluster of ${masters} nodes: ${(error as Error).message}` +
          (cluster.output.length > 0 ? `\n${cluster.output.slice(-20).join('\n')}` : ''),
      );
    }
  }

  /** The seed node's URL: what REDIS_URL names with REDIS_CLUSTER=true. */
  get url(): string {
    return `redis://127.0.0.1:${this.ports[0]}`;
  }

  get target(): RedisTarget {
    return { url: this.url, cluster: true };
  }

  /** The settings an api or worker process needs to run its queue on this cluster. */
  get env(): { REDIS_URL: string; REDIS_CLUSTER: string } {
    return { REDIS_URL: this.url, REDIS_CLUSTER: 'true' };
  }

  /** A plain connection to one node (each holds only its own slots' keys). */
  node(port: number): IORedis {
    return new IORedis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1, lazyConnect: true });
  }

  /** Every node loses every key (FLUSHALL on each master): the cluster lost its data. */
  async flushAll(): Promise<void> {
    await Promise.all(this.ports.map((port) => this.onNode(port, (redis) => redis.flushall())));
  }

  /** Kills the servers and deletes their directory. Safe to call twice, or after a failed start. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            running.delete(child);
            // Never started (not found on PATH), or already exited: nothing to wait for.
            if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null)
              return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGKILL');
          }),
      ),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async startNodes(masters: number): Promise<void> {
    installExitHook();
    for (let i = 0; i < masters; i++) {
      const port = await freeClusterPort(this.ports);
      this.ports.push(port);
      const dir = join(this.dir, String(port));
      mkdirSync(dir);
      // The config's own file paths are relative to --dir: nodes.conf lands in the node's directory.
      const child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--dir',
          dir,
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          'nodes.conf',
          '--cluster-node-timeout',
          '5000',
          '--save',
          '',
          '--appendonly',
          'no',
          '--daemonize',
          'no',
        ],
        { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      this.children.push(child);
      running.add(child);
      const keep = (chunk: Buffer) =>
        this.output.push(...chunk.toString().split('\n').filter(Boolean));
      child.stdout!.on('data', keep);
      child.stderr!.on('data', keep);
      const failed = new Promise<never>((_, reject) => {
        child.once('error', (error) =>
          reject(new Error(`redis-server (from PATH) did not start: ${error.message}`)),
        );
        child.once('exit', (code) =>
          reject(new Error(`redis-server on port ${port} exited with ${code}`)),
        );
      });
      failed.catch(() => undefined);
      await Promise.race([failed, this.waitFor(port, async (redis) => redis.ping())]);
    }
  }

  /** `redis-cli --cluster create`, then every node agrees the cluster is ok. */
  private async join(): Promise<void> {
    await run(
      'redis-cli',
      [
        '--cluster',
        'create',
        ...this.ports.map((port) => `127.0.0.1:${port}`),
        '--cluster-replicas',
        '0',
        '--cluster-yes',
      ],
      { timeout: 30_000 },
    ).catch((error: Error & { stdout?: string; stderr?: string }) => {
      throw new Error(`redis-cli --cluster create failed: ${error.message}\n${error.stdout ?? ''}`);
    });
    for (const port of this.ports) {
      await this.waitFor(port, async (redis) => {
        const info = await redis.cluster('INFO');
        if (!/^cluster_state:ok/m.test(info) || !/^cluster_known_nodes:(\d+)/m.test(info))
          throw new Error(`node ${port}: ${/^cluster_state:\S+/m.exec(info)?.[0]}`);
        const known = Number(/^cluster_known_nodes:(\d+)/m.exec(info)![1]);
        if (known !== this.ports.length)
          throw new Error(`node ${port} knows ${known} of ${this.ports.length} nodes`);
      });
    }
  }

  private async onNode<T>(port: number, command: (redis: IORedis) => Promise<T>): Promise<T> {
    const redis = this.node(port);
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      return await command(redis);
    } finally {
      redis.disconnect();
    }
  }

  /** Retries `probe` on a node until it resolves, for at most 20 seconds. */
  private async waitFor(port: number, probe: (redis: IORedis) => Promise<unknown>): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        await this.onNode(port, probe);
        return;
      } catch (error) {
        if (this.stopped) throw new Error('stopped');
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/**
 * A free loopback port P whose cluster bus port (P + 10000) is free too, not in `taken`.
 * (The OS hands out a free port; the bus port is checked, and another asked for if needed.)
 */
async function freeClusterPort(taken: number[]): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await listenOnce(0);
    if (port > 55_535 || [port, port - 10_000, port + 10_000].some((p) => taken.includes(p)))
      continue;
    if (
      await listenOnce(port + 10_000).then(
        () => true,
        () => false,
      )
    )
      return port;
  }
  throw new Error('found no free port pair for a cluster node');
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
