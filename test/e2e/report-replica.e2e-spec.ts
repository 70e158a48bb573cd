import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { provisionDatabase } from '@onrecord/platform/database';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  TestPostgresReplica,
  signUpAdmin,
  type TestAuth,
} from '@onrecord/platform/testing';
import { migrateDatabase } from '@onrecord/migrations/run';
import { AppProcess, ENTRY, freePort } from './app-process';

const REPORT = `query ($range: ReportRangeInput!) {
  outcomeReport(range: $range) { requests freshness { asOf replica requestsAwaitingRecompute } }
}`;
const RANGE = { from: '2025-09-01', to: '2026-06-30' };
const CSV_RANGE = `from=${RANGE.from}&to=${RANGE.to}`;

interface Report {
  requests: number;
  freshness: { asOf: string | null; replica: boolean; requestsAwaitingRecompute: number };
}

/**
 * The outcome report on a read replica: a PostgreSQL primary and a streaming replica of this
 * test's own (TestPostgresReplica), one api with DATABASE_REPLICA_URL on the replica and one
 * without. What shows the replica serves the report cannot happen on the primary: with the
 * replica's replay paused, a request the primary has (and its api counts) is missing from the
 * replica api's report, which says how old its figures are.
 */
describe('outcome report on a read replica', () => {
  const sink = new SmtpSink();
  let pg: TestPostgresReplica | undefined;
  let documents: string | undefined;
  const apis: AppProcess[] = [];
  let onReplica: ApiClient;
  let onPrimary: ApiClient;
  let adminA: TestAuth;
  let adminB: TestAuth;
  let primaryAdminUrl: string;
  let replicaAdminUrl: string;
  let caseA: string;

  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(primaryAdminUrl, text, params);
  const report = async (api: ApiClient, auth: TestAuth): Promise<Report> =>
    (await api.as(auth.accessToken).data<{ outcomeReport: Report }>(REPORT, { range: RANGE }))
      .outcomeReport;
  const csv = (api: ApiClient, auth: TestAuth, file: string) =>
    fetch(`${api.url}/reports/outcome/${file}?${CSV_RANGE}`, {
      headers: { authorization: `Bearer ${auth.accessToken}` },
    });

  /** A case with a school in `organizationId`; returns the case's id. */
  async function openCase(organizationId: string): Promise<string> {
    const one = async (text: string, params: unknown[]) =>
      (await sql<{ id: string }>(`${text} RETURNING id`, params))[0]?.id ?? '';
    const district = await one(
      `INSERT INTO district (organization_id, name, state, time_zone) VALUES ($1, 'North ISD', 'TX', 'America/Chicago')`,
      [organizationId],
    );
    const school = await one(
      'INSERT INTO school (organization_id, district_id, name) VALUES ($1, $2, $3)',
      [organizationId, district, 'Oak Elementary'],
    );
    const family = await one(
      `INSERT INTO family (organization_id, household_name) VALUES ($1, 'Household')`,
      [organizationId],
    );
    const student = await one(
      `INSERT INTO student (organization_id, family_id, name, school_id) VALUES ($1, $2, 'Student', $3)`,
      [organizationId, family, school],
    );
    return one(
      `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
       VALUES ($1, $2, $3, 'Case', '{SCHOOL_REFUSAL}', 'ACTIVE', '2025-09-01')`,
      [organizationId, family, student],
    );
  }

  /** A written request sent in the range, recorded on the primary (its summary row stale). */
  const recordRequest = (organizationId: string, caseId: string) =>
    sql(
      `INSERT INTO written_request (organization_id, case_id, type, subject, status, sent_on, received_on, due_on, due_at)
       VALUES ($1, $2, 'RECORDS', 'Request', 'SENT', '2025-10-01', '2025-10-01', '2025-10-15', '2025-10-16T05:00:00Z')`,
      [organizationId, caseId],
    );

  /** Waits until the replica has received (not necessarily replayed) all the primary wrote. */
  async function replicaReceivedAll(): Promise<void> {
    const [{ lsn }] = await sql<{ lsn: string }>('SELECT pg_current_wal_insert_lsn()::text AS lsn');
    for (let i = 0; i < 200; i++) {
      const [{ received }] = await superuserQuery<{ received: boolean }>(
        replicaAdminUrl,
        'SELECT pg_last_wal_receive_lsn() >= $1::pg_lsn AS received',
        [lsn],
      );
      if (received) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`the replica did not receive the WAL up to ${lsn}`);
  }

  beforeAll(async () => {
    const [primaryPort, replicaPort, replicaApiPort, primaryApiPort] = [
      await freePort(),
      await freePort(),
      await freePort(),
      await freePort(),
    ];
    pg = await TestPostgresReplica.start({ primary: primaryPort, replica: replicaPort });
    const secret = () => randomBytes(12).toString('hex');
    const urls = await provisionDatabase({
      adminUrl: pg.primaryUrl(),
      database: 'onrecord',
      owner: { name: 'onrecord_owner', password: secret() },
      app: { name: 'onrecord_app', password: secret() },
    });
    await migrateDatabase(urls.ownerUrl);
    primaryAdminUrl = pg.primaryUrl('onrecord');
    replicaAdminUrl = pg.replicaUrl('onrecord');
    const replicaAppUrl = new URL(urls.appUrl);
    replicaAppUrl.port = String(replicaPort);
    await pg.caughtUp();
    await sink.start();
    documents = mkdtempSync(join(tmpdir(), 'onrecord-replica-documents-'));
    // One secret and one public address (the tokens' issuer): a session signed in on either
    // api is good on the other, as with two replicas of the api behind one address.
    const authSecret = randomBytes(32).toString('hex');
    const env = (port: number): Record<string, string> => ({
      DATABASE_URL: urls.appUrl,
      SMTP_URL: sink.url,
      AUTH_SECRET: authSecret,
      PUBLIC_URL: `http://127.0.0.1:${primaryApiPort}`,
      API_PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DOCUMENT_DIR: documents ?? '',
      QUEUE_PREFIX: `replica${randomBytes(4).toString('hex')}`,
    });
    apis.push(
      new AppProcess(ENTRY.api, {
        ...env(replicaApiPort),
        DATABASE_REPLICA_URL: replicaAppUrl.toString(),
      }),
      new AppProcess(ENTRY.api, env(primaryApiPort)),
    );
    onReplica = new ApiClient(`http://127.0.0.1:${replicaApiPort}`);
    onPrimary = new ApiClient(`http://127.0.0.1:${primaryApiPort}`);
    await Promise.all([
      apis[0]?.waitForHealth(`${onReplica.url}/health`),
      apis[1]?.waitForHealth(`${onPrimary.url}/health`),
    ]);
    adminA = await signUpAdmin(onPrimary, 'replica-a', primaryAdminUrl);
    adminB = await signUpAdmin(onPrimary, 'replica-b', primaryAdminUrl);
    const orgA = adminA.activeOrganization?.id ?? '';
    const orgB = adminB.activeOrganization?.id ?? '';
    caseA = await openCase(orgA);
    const caseB = await openCase(orgB);
    for (let i = 0; i < 2; i++) await recordRequest(orgA, caseA);
    for (let i = 0; i < 3; i++) await recordRequest(orgB, caseB);
  });

  afterAll(async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await pg?.stop();
    await sink.stop();
    if (documents) rmSync(documents, { recursive: true, force: true });
  });

  it('without a replica, computes the summary first and is current', async () => {
    const before = Date.now();
    const a = await report(onPrimary, adminA);
    expect(a.requests).toBe(2);
    expect(a.freshness.replica).toBe(false);
    expect(a.freshness.requestsAwaitingRecompute).toBe(0);
    expect(Date.parse(a.freshness.asOf ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect((await report(onPrimary, adminB)).requests).toBe(3);
  });

  it('reads the replica, as the organization: each sees its own figures only', async () => {
    await pg?.caughtUp();
    const before = Date.now();
    const a = await report(onReplica, adminA);
    const b = await report(onReplica, adminB);
    expect([a.requests, b.requests]).toEqual([2, 3]);
    expect(a.freshness).toMatchObject({ replica: true, requestsAwaitingRecompute: 0 });
    // Caught up and streaming: current.
    expect(Date.parse(a.freshness.asOf ?? '')).toBeGreaterThanOrEqual(before - 1000);
    const summary = await csv(onReplica, adminA, 'summary.csv');
    expect(summary.status).toBe(200);
    expect(summary.headers.get('figures-read-from')).toBe('replica');
    const lines = (await summary.text()).split('\r\n');
    expect(lines).toContain('requests,2');
    expect(lines).toContain('read_from,replica');
  });

  it('shows only what the replica has replayed, and says up to when', async () => {
    await pg?.caughtUp();
    await superuserQuery(replicaAdminUrl, 'SELECT pg_wal_replay_pause()');
    try {
      const [{ at: lastReplayed }] = await superuserQuery<{ at: Date }>(
        replicaAdminUrl,
        'SELECT pg_last_xact_replay_timestamp() AS at',
      );
      await recordRequest(adminA.activeOrganization?.id ?? '', caseA);
      // The primary's api computes and counts it at once.
      expect((await report(onPrimary, adminA)).requests).toBe(3);
      await replicaReceivedAll();
      const a = await report(onReplica, adminA);
      expect(a.requests).toBe(2);
      expect(a.freshness.replica).toBe(true);
      expect(a.freshness.asOf).toBe(lastReplayed.toISOString());
      const requests = await csv(onReplica, adminA, 'requests.csv');
      expect(requests.status).toBe(200);
      expect(requests.headers.get('figures-as-of')).toBe(lastReplayed.toISOString());
      // The columns' line and the two requests the replica has.
      expect((await requests.text()).split('\r\n').filter(Boolean)).toHaveLength(3);
    } finally {
      await superuserQuery(replicaAdminUrl, 'SELECT pg_wal_replay_resume()');
    }
    await pg?.caughtUp();
    const before = Date.now();
    const a = await report(onReplica, adminA);
    expect(a.requests).toBe(3);
    expect(Date.parse(a.freshness.asOf ?? '')).toBeGreaterThanOrEqual(before - 1000);
  });

  it('counts the requests the summary has not recomputed, and dates the figures before them', async () => {
    await recordRequest(adminA.activeOrganization?.id ?? '', caseA);
    const [{ created }] = await sql<{ created: Date }>(
      'SELECT max(created_at) AS created FROM written_request WHERE organization_id = $1',
      [adminA.activeOrganization?.id],
    );
    await pg?.caughtUp();
    const stale = await report(onReplica, adminA);
    // Nothing is written on the replica: the new request waits for the worker (or a report
    // on the primary) to be computed, and is not counted yet.
    expect(stale.requests).toBe(3);
    expect(stale.freshness.requestsAwaitingRecompute).toBe(1);
    expect(stale.freshness.asOf).toBe(created.toISOString());
    expect((await report(onReplica, adminB)).freshness.requestsAwaitingRecompute).toBe(0);
    expect((await report(onPrimary, adminA)).requests).toBe(4);
    await pg?.caughtUp();
    const computed = await report(onReplica, adminA);
    expect(computed.requests).toBe(4);
    expect(computed.freshness.requestsAwaitingRecompute).toBe(0);
  });

  it('with the replica down, the report fails while the rest of the api works', async () => {
    await pg?.stopReplica();
    const failed = await onReplica.as(adminA.accessToken).request(REPORT, { range: RANGE });
    // No connection to be had: refused as unavailable for now, nothing internal shown.
    expect(failed.errors?.[0]).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      message: expect.stringContaining('try again'),
    });
    const me = await onReplica
      .as(adminA.accessToken)
      .data<{ me: { user: { email: string } } }>('{ me { user { email } } }');
    expect(me.me.user.email).toBe('replica-a@example.org');
  });
});
