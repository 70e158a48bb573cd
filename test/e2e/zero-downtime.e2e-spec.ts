import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testConfig } from '@onrecord/platform/config/testing';
import { provisionDatabase, withDatabase } from '@onrecord/platform/database';
import { superuserQuery, testServices } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { deleteRedisPrefix, eventually, uniqueQueuePrefix } from '@onrecord/platform/testing';
import {
  dayOffset,
  followUpOrganization,
  SEND_AT_ONCE,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { AppProcess, ENTRY, entriesOf, freePort } from './app-process';
import { buildPreviousRelease } from './previous-release';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const REQUESTS = `{ writtenRequests(first: 100) { edges { node { id subject status } } } }`;

/**
 * The upgrade of docs/operations.md ("Upgrading", "Without stopping: expand, then contract"),
 * exercised: the previous release's api and worker serve a database of its schema; the worker
 * is rolled (stopped); this release's migrations run while the old api keeps taking reads and
 * writes; this release's worker takes over the queue beside the old api; then this release's
 * api. Nothing the old api is asked during the migration fails, and every follow-up owed
 * across the change is sent exactly once.
 */
describe('an upgrade without stopping: the old api and the new worker during a migration', () => {
  const sink = new SmtpSink();
  const services = testServices();
  const database = `onrecord_${services.runId}_upgrade_${randomBytes(3).toString('hex')}`;
  const adminUrl = withDatabase(services.adminUrl, database);
  const documentDir = mkdtempSync(join(tmpdir(), 'onrecord-upgrade-documents-'));
  let previous: ReturnType<typeof buildPreviousRelease> | undefined;
  let env: Record<string, string>;
  let apiUrl: string;
  let workerHealthUrl: string;
  const processes: AppProcess[] = [];
  let org: FollowUpOrganization;

  const start = async (entry: string, healthUrl: string, cwd?: string) => {
    const process = new AppProcess(entry, env, cwd);
    processes.push(process);
    await process.waitForHealth(healthUrl);
    return process;
  };
  const migrate = (entry: string, cwd: string) =>
    execFileSync(process.execPath, [entry], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', ...env },
      encoding: 'utf8',
    });
  /** Follow-ups to the school, by the request subject they follow up. */
  const toSchool = (subject: string) =>
    sink.received.filter(
      (mail) =>
        mail.envelopeTo.includes(org.contactEmail) && (mail.parsed.subject ?? '').includes(subject),
    );

  beforeAll(async () => {
    previous = buildPreviousRelease();
    await sink.start();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    const urls = await provisionDatabase({
      adminUrl: services.adminUrl,
      database,
      owner: services.owner,
      app: services.app,
    });
    env = {
      DATABASE_URL: urls.appUrl,
      DATABASE_OWNER_URL: urls.ownerUrl,
      REDIS_URL: services.redisUrl,
      QUEUE_PREFIX: uniqueQueuePrefix(),
      SMTP_URL: sink.url,
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      DOCUMENT_DIR: documentDir,
      LOG_LEVEL: 'warn',
      FOLLOW_UP_SWEEP_MS: '1000',
      FOLLOW_UP_LEASE_MS: '3000',
      FOLLOW_UP_RETRY_MS: '1000',
    };
    env['AUTH_SECRET'] = testConfig(env).authSecret;
    apiUrl = `http://127.0.0.1:${apiPort}`;
    workerHealthUrl = `http://127.0.0.1:${workerPort}/health`;
  }, 300_000);

  afterAll(async () => {
    await Promise.all(processes.map((process) => process.stop().catch(() => undefined)));
    await deleteRedisPrefix(services.redisUrl, env?.['QUEUE_PREFIX'] ?? 'none');
    await superuserQuery(services.adminUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await sink.stop();
    previous?.remove();
    rmSync(documentDir, { recursive: true, force: true });
  });

  it('serves every read and write during the migration, and sends each follow-up owed once', async () => {
    const old = entriesOf(previous!.root);
    // The previous release, on its own schema, as it runs in production today.
    expect(migrate(old.migrate, previous!.root)).toMatch(/^migrate: applied /);
    const oldApi = await start(old.api, `${apiUrl}/health`, previous!.root);
    const oldWorker = await start(old.worker, workerHealthUrl, previous!.root);
    org = await followUpOrganization(apiUrl, adminUrl, 'upgrade', {
      ...SEND_AT_ONCE,
      notifyGuardians: false,
      remindAdvocates: false,
    });
    await sendRequest(org, 40, { dueOn: dayOffset(-7), subject: 'Before the upgrade' });
    await eventually(async () => (toSchool('Before the upgrade').length > 0 ? true : undefined));

    // Roll the worker first: while none runs, the old api plans a follow-up that stays owed.
    expect(await oldWorker.stop()).toBe(0);
    await sendRequest(org, 40, { dueOn: dayOffset(-7), subject: 'Owed across the upgrade' });

    // The old api keeps taking reads and writes while this release's migrations run.
    const failures: string[] = [];
    let served = 0;
    let migrating = true;
    const traffic = (async () => {
      for (let i = 1; migrating; i += 1) {
        try {
          const read = await org.client.request(REQUESTS);
          if (read.errors) failures.push(JSON.stringify(read.errors));
          await sendRequest(org, 1, { subject: `Written during the migration ${i}` });
          served += 2;
        } catch (error) {
          failures.push((error as Error).message);
        }
      }
    })();
    await settle(500);
    const applied = migrate(ENTRY.migrate, join(__dirname, '../..'));
    migrating = false;
    await traffic;
    // This release brings migrations of its own (else there would be nothing to exercise).
    expect(applied).toMatch(/^migrate: applied \w+\d{13}/);
    expect(failures).toEqual([]);
    expect(served).toBeGreaterThan(0);

    // This release's worker beside the old api: what was owed, and what the old api plans now.
    await start(ENTRY.worker, workerHealthUrl);
    await sendRequest(org, 40, { dueOn: dayOffset(-7), subject: 'After the migration' });
    for (const subject of ['Owed across the upgrade', 'After the migration'])
      await eventually(async () => (toSchool(subject).length > 0 ? true : undefined), 30_000);
    await settle(3000);
    for (const subject of ['Before the upgrade', 'Owed across the upgrade', 'After the migration'])
      expect(toSchool(subject)).toHaveLength(1);

    // Then the api: this release's serves what the old one wrote, the same as the old one did.
    const fromOld = await org.client.data(REQUESTS);
    expect(await oldApi.stop()).toBe(0);
    await start(ENTRY.api, `${apiUrl}/health`);
    expect(await org.client.data(REQUESTS)).toEqual(fromOld);
  }, 240_000);
});
