import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { ConfigModule } from '@onrecord/platform/config';
import { DataScopes, DatabaseModule } from '@onrecord/platform/database';
import { JobProducer, QueueModule, QueueName } from '@onrecord/platform/queue';
import {
  QUEUE_BACKENDS,
  createTestEnvironment,
  eventually,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { SystemCheck } from './system-check.entity';
import { SystemCheckService } from './system-check.service';
import { SystemChecksModule, SystemChecksWorkerModule } from './system-checks.module';

describe.each(QUEUE_BACKENDS)('system check round trip on the %s queue backend', (backend) => {
  let environment: TestEnvironment;
  let api: INestApplicationContext;
  let worker: INestApplicationContext | undefined;

  async function context(withWorker: boolean): Promise<INestApplicationContext> {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(environment.config),
        DatabaseModule.forRoot([SystemCheck], 'test'),
        QueueModule.forRoot(),
        withWorker ? SystemChecksWorkerModule : SystemChecksModule,
      ],
    }).compile();
    return moduleRef.init();
  }

  beforeAll(async () => {
    environment = await createTestEnvironment(backend);
    api = await context(false);
  });
  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });
  afterAll(async () => {
    await api.close();
    await environment.cleanUp();
  });

  const queue = () => api.get<Queue>(getQueueToken(QueueName.system));

  it('is queued after commit and completed by a worker', async () => {
    const check = await api.get(SystemCheckService).request();
    expect(check.completedAt).toBeNull();
    expect(await queue().getJob(`system-check-${check.id}`)).toBeDefined();
    worker = await context(true);
    const done = await eventually(async () => {
      const row = await api.get(SystemCheckService).find(check.id);
      return row?.completedAt ? row : undefined;
    });
    expect(done.completedBy).toMatch(/\/\d+$/);
  });

  it('treats the same job enqueued twice as one job', async () => {
    const producer = api.get(JobProducer);
    const payload = { systemCheckId: '00000000-0000-4000-8000-000000000001' };
    const first = await producer.enqueue('system-check', payload, { delay: 60000 });
    const second = await producer.enqueue('system-check', payload, { delay: 60000 });
    expect(second).toBe(first);
    const delayed = await queue().getDelayed();
    expect(delayed.filter((job) => job.id === first)).toHaveLength(1);
  });

  it('enqueues nothing when the transaction rolls back', async () => {
    const producer = api.get(JobProducer);
    const systemCheckId = '00000000-0000-4000-8000-000000000002';
    await expect(
      api.get(DataScopes).run({}, undefined, async (scope) => {
        producer.enqueueAfterCommit(scope, 'system-check', { systemCheckId });
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(await queue().getJob(`system-check-${systemCheckId}`)).toBeUndefined();
  });
});
