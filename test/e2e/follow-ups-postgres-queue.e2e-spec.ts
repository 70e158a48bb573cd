import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  createTestEnvironment,
  eventually,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from './app-process';
import {
  SEND_AT_ONCE,
  followUpOrganization,
  followUpsOf,
  sendRequest,
} from '@onrecord/test-fixtures';

/**
 * The follow-up engine on the embedded default's queue (BullMQ's PostgreSQL backend, no
 * Redis): what `npm start` runs with nothing installed. The recovery cases that need Redis
 * (a flushed Redis) are in follow-ups.e2e-spec.ts.
 */
describe('follow-ups on the PostgreSQL queue backend', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let api: AppProcess;
  let worker: AppProcess;
  let apiUrl: string;

  beforeAll(async () => {
    await sink.start();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    environment = await createTestEnvironment('postgres', {
      SMTP_URL: sink.url,
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      LOG_LEVEL: 'warn',
      FOLLOW_UP_SWEEP_MS: '1000',
      FOLLOW_UP_LEASE_MS: '3000',
    });
    apiUrl = `http://127.0.0.1:${apiPort}`;
    api = new AppProcess(ENTRY.api, environment.env);
    worker = new AppProcess(ENTRY.worker, environment.env);
    await Promise.all([
      api.waitForHealth(`${apiUrl}/health`),
      worker.waitForHealth(`http://127.0.0.1:${workerPort}/health`),
    ]);
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await environment?.cleanUp();
    await sink.stop();
  });

  it('sends each overdue request’s follow-up once, and the family’s update after it', async () => {
    const org = await followUpOrganization(
      apiUrl,
      environment.db.adminUrl,
      'pgqueue',
      SEND_AT_ONCE,
    );
    const owed = 12;
    for (let i = 0; i < owed; i++) await sendRequest(org, 200, { subject: `Request ${i + 1}` });
    const toSchool = () =>
      sink.received.filter((mail) => mail.envelopeTo.includes(org.contactEmail));
    await eventually(async () => toSchool().length >= owed || undefined, 30_000);
    // Each sent follow-up is followed by the family's update, planned by the sweep.
    await eventually(
      async () =>
        sink.received.filter((mail) => mail.envelopeTo.includes(org.guardianEmail)).length >=
          owed || undefined,
      30_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(toSchool()).toHaveLength(owed);
    expect(new Set(toSchool().map((mail) => mail.parsed.messageId)).size).toBe(owed);
    const rows = await followUpsOf(org);
    expect(rows.filter((f) => f.kind === 'SCHOOL_FOLLOW_UP' && f.status === 'SENT')).toHaveLength(
      owed,
    );
    expect(rows.filter((f) => f.kind === 'ESCALATION')).toHaveLength(owed);
  });
});
