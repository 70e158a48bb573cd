import { Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, NestFactory } from '@nestjs/core';
import { JobHandlers } from './job-handlers';
import type { JobPayloads } from './jobs';
import { OnJob } from './on-job';

@Injectable()
class SystemCheckJobsForTest {
  readonly seen: Array<JobPayloads['system-check']> = [];

  @OnJob('system-check')
  async complete(payload: JobPayloads['system-check']): Promise<string> {
    this.seen.push(payload);
    return `done ${payload.systemCheckId}`;
  }
}

@Injectable()
class SecondSystemCheckHandler {
  @OnJob('system-check')
  again(): Promise<string> {
    return Promise.resolve('again');
  }
}

async function handlersOf(...providers: Array<new (...args: never[]) => unknown>) {
  @Module({ imports: [DiscoveryModule], providers: [JobHandlers, ...providers] })
  class TestModule {}
  const app = await NestFactory.createApplicationContext(TestModule, { logger: false });
  return { app, handlers: app.get(JobHandlers) };
}

describe('JobHandlers', () => {
  it('finds each @OnJob method and runs a job through it, as a worker would, without a queue', async () => {
    const { app, handlers } = await handlersOf(SystemCheckJobsForTest);
    try {
      expect(handlers.has('system-check')).toBe(true);
      expect(handlers.has('send-follow-ups')).toBe(false);
      const payload = { organizationId: 'org-1', systemCheckId: 'check-1' };
      await expect(handlers.run('system-check', payload)).resolves.toBe('done check-1');
      expect(app.get(SystemCheckJobsForTest).seen).toEqual([payload]);
      expect(() => handlers.run('follow-up-sweep', {})).toThrow(
        'No handler for the job follow-up-sweep: is its module in the worker?',
      );
    } finally {
      await app.close();
    }
  });

  it('refuses a job with two handlers', async () => {
    const { app, handlers } = await handlersOf(SystemCheckJobsForTest, SecondSystemCheckHandler);
    try {
      expect(() => handlers.has('system-check')).toThrow('The job system-check has two handlers.');
    } finally {
      await app.close();
    }
  });
});
