import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './app-process';

/** A Redis of this test's own, which it may flush without touching anyone else's keys. */
export class OwnRedis {
  private child?: ChildProcess;
  port = 0;

  async start(): Promise<string> {
    this.port = await freePort();
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const url = `redis://127.0.0.1:${this.port}`;
    const { default: IORedis } = await import('ioredis');
    const deadline = Date.now() + 10_000;
    for (;;) {
      const redis = new IORedis(url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      redis.on('error', () => undefined);
      try {
        await redis.connect();
        await redis.ping();
        redis.disconnect();
        return url;
      } catch (error) {
        redis.disconnect();
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  async flushAll(): Promise<void> {
    const { default: IORedis } = await import('ioredis');
    const redis = new IORedis(`redis://127.0.0.1:${this.port}`);
    try {
      await redis.flushall();
    } finally {
      redis.disconnect();
    }
  }

  stop(): void {
    this.child?.kill('SIGKILL');
  }
}
