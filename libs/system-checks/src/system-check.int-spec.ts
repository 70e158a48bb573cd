import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { ConfigModule } from '@onrecord/platform/config';
import { DataScopes, DatabaseModule, type DataScope } from '@onrecord/platform/database';
import { JobProducer, QueueModule, QueueName } from '@onrecord/platform/queue';
import {
  QUEUE_BACKENDS,
  createTestEnvironment,
  eventually,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { Organization } from '@onrecord/organizations';
import { seedOrganization } from '@onrecord/platform/database/testing';
import { SystemCheck } from './system-check.entity';
import { SystemCheckService } from './system-check.service';
import { SystemChecksModule, SystemChecksWorkerModule } from './system-checks.module';

describe.each(QUEUE_BACKENDS)('system check round trip on the %s queue backend', (backend) => {
  let environment: TestEnvironment;
  let api: INestApplicationContext;
  let worker: INestApplicationContext | undefined;
  let organizationId: string;
  let otherOrganizationId: string;

  async function context(withWorker: boolean): Promise<INestApplicationContext> {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(environment.config),
        DatabaseModule.forRoot([SystemCheck, Organization], 'test'),
        QueueModule.forRoot(),
        withWorker ? SystemChecksWorkerModule : SystemChecksModule,
      ],
    }).compile();
    return moduleRef.init();
  }

  beforeAll(async () => {
    environment = await createTestEnvironment(backend);
    organizationId = await seedOrganization(environment.db.adminUrl, 'Checking org');
    otherOrganizationId = await seedOrganization(environment.db.adminUrl, 'Other org');
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

  const inOrganization = <T>(id: string, work: (scope: DataScope) => Promise<T>) =>
    api.get(DataScopes).run({ organizationId: id }, undefined, work);

  it('is queued after commit and completed by a worker, inside its organization', async () => {
    const checks = api.get(SystemCheckService);
    const check = await inOrganization(organizationId, (scope) => checks.request(scope));
    expect(check.completedAt).toBeNull();
    expect((await queue().getJob(`system-check-${check.id}`))?.data).toEqual({
      organizationId,
      systemCheckId: check.id,
    });
    worker = await context(true);
    const done = await eventually(async () => {
      const row = await inOrganization(organizationId, (scope) => checks.find(scope, check.id));
      return row?.completedAt ? row : undefined;
    });
    expect(done.completedBy).toMatch(/\/\d+$/);
    expect(
      await inOrganization(otherOrganizationId, (scope) => checks.find(scope, check.id)),
    ).toBeNull();
  });

  it('completes nothing when a job names another organization than the check’s', async () => {
    const checks = api.get(SystemCheckService);
    const check = await inOrganization(organizationId, (scope) => checks.request(scope));
    await checks.complete(otherOrganizationId, check.id);
    const row = await inOrganization(organizationId, (scope) => checks.find(scope, check.id));
    expect(row?.completedAt).toBeNull();
  });

  it('treats the same job enqueued twice as one job', async () => {
    const producer = api.get(JobProducer);
    const payload = {
      organizationId: '00000000-0000-4000-8000-0000000000aa',
      systemCheckId: '00000000-0000-4000-8000-000000000001',
    };
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
        producer.enqueueAfterCommit(scope, 'system-check', { organizationId, systemCheckId });
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(await queue().getJob(`system-check-${systemCheckId}`)).toBeUndefined();
  });
});
