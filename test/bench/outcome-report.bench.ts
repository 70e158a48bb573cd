/**
 * The outcome report at scale: a data set of `--organizations` organizations (one large, the
 * rest ordinary) with about `--requests` written requests in all, their responses, follow-ups
 * and cases; the report summary computed as the worker computes it; then the report for the
 * large organization over two school years and over one quarter, through the GraphQL API
 * (one api process), beside the same statements run by hand on a direct connection, in the
 * same run. Milliseconds per report (sequential). Last, the report right after 500 of its
 * requests changed (the summary rows the worker has not computed yet, computed by the report).
 *
 * Run: npm run bench:outcome-report [-- --organizations 1000 --requests 1000000 --large 100000]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { ApiClient, signUpAdmin } from '@onrecord/platform/testing';
import {
  CASE_FIGURES_SQL,
  REQUEST_FIGURES_SQL,
  refreshRequestOutcomes,
} from '@onrecord/reports/testing';
import { startServer, withBenchEnvironment } from './bench-kit';
import { serveApi } from './serve-api';
import { generateOrganizationRecords } from './report-data';

const REQUESTS_PER_CASE = 4;

function options() {
  const { values } = parseArgs({
    options: {
      organizations: { type: 'string', default: '1000' },
      requests: { type: 'string', default: '1000000' },
      large: { type: 'string', default: '100000' },
      runs: { type: 'string', default: '10' },
    },
    allowPositionals: true,
  });
  return {
    organizations: Number(values.organizations),
    requests: Number(values.requests),
    large: Number(values.large),
    runs: Number(values.runs),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/**
 * Medians of `runs` timed runs of each variant, after one warm-up of each, the variants taking
 * turns: a slower moment of the machine (it is shared) falls on both alike.
 */
async function timedSideBySide(
  runs: number,
  variants: Array<() => Promise<unknown>>,
): Promise<number[]> {
  for (const work of variants) await work();
  const times = variants.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [index, work] of variants.entries()) {
      const started = process.hrtime.bigint();
      await work();
      times[index]!.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return times.map(median);
}

async function main(): Promise<void> {
  const o = options();
  await withBenchEnvironment(async (environment, servers) => {
    const url = await startServer(__filename, 'api', environment.env, servers);
    const admin = await signUpAdmin(new ApiClient(url), 'bench-reports', environment.db.adminUrl);
    const largeId = admin.activeOrganization!.id;
    const db = new Client({ connectionString: environment.db.adminUrl });
    await db.connect();
    const started = Date.now();
    try {
      const [member] = (
        await db.query<{ id: string }>('SELECT id FROM membership WHERE organization_id = $1', [
          largeId,
        ])
      ).rows;
      await generateOrganizationRecords(
        db,
        largeId,
        member!.id,
        Math.round(o.large / REQUESTS_PER_CASE),
        REQUESTS_PER_CASE,
      );
      const perOrganization = Math.max(
        1,
        Math.round((o.requests - o.large) / Math.max(1, o.organizations - 1) / REQUESTS_PER_CASE),
      );
      for (let i = 1; i < o.organizations; i++) {
        const organizationId = randomUUID();
        const userId = randomUUID();
        await db.query(
          `INSERT INTO organization (id, name, time_zone, home_state) VALUES ($1, $2, 'America/Chicago', 'TX')`,
          [organizationId, `Organization ${i}`],
        );
        await db.query(
          `INSERT INTO app_user (id, email, name, password_hash) VALUES ($1, $2, $3, 'x')`,
          [userId, `advocate-${i}@bench.example.org`, `Advocate ${i}`],
        );
        const membership = await db.query<{ id: string }>(
          `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'ADVOCATE') RETURNING id`,
          [organizationId, userId],
        );
        await generateOrganizationRecords(
          db,
          organizationId,
          membership.rows[0]!.id,
          perOrganization,
          REQUESTS_PER_CASE,
        );
      }
      const generated = Date.now();
      const app = new Client({ connectionString: environment.db.appUrl });
      await app.connect();
      const refreshed = await refreshAll(db, app);
      console.log(
        `report summary: ${refreshed} rows computed as the worker computes them, in ${Math.round((Date.now() - generated) / 1000)} s`,
      );
      // As after the worker's usual small batches: the bulk computation's old row versions
      // cleared, so the measurements below do not share the machine with autovacuum.
      await db.query('VACUUM ANALYZE');
      const [counts] = (
        await db.query<{ requests: number; large: number }>(
          `SELECT count(*)::int AS requests, count(*) FILTER (WHERE organization_id = $1)::int AS large
             FROM written_request`,
          [largeId],
        )
      ).rows;
      console.log(
        `data: ${o.organizations} organizations, ${counts!.requests} written requests (${counts!.large} in the large one), generated in ${Math.round((generated - started) / 1000)} s`,
      );

      const api = new ApiClient(url, admin.accessToken);
      const viaApi = (from: string, to: string) => () =>
        api.data(
          `query ($range: ReportRangeInput!) { outcomeReport(range: $range) {
            requests requestsByTypeAndState { type state count } deadlines { share }
            daysToFirstResponse { median p90 } overdueNow outcomes { outcome count }
            refusalReasons { reason count } districts { name late } schools { name late }
            followUps { share } cases { opened medianDaysToResolution }
            caseloadPerAdvocate { name openCases } } }`,
          { range: { from, to } },
        );
      // What the service runs: the summary's stale rows (none here) and the requests' figures
      // on one connection, the cases' figures beside them on another.
      const casesApp = new Client({ connectionString: environment.db.appUrl });
      await casesApp.connect();
      const inTransaction = async (client: Client, work: () => Promise<unknown>) => {
        await client.query('BEGIN');
        await client.query(
          `SELECT set_config('app.organization_id', $1, true), set_config('jit', 'off', true),
                  set_config('work_mem', '64MB', true)`,
          [largeId],
        );
        await work();
        await client.query('COMMIT');
      };
      const byHand = (from: string, to: string) => () =>
        Promise.all([
          inTransaction(app, async () => {
            await refreshRequestOutcomes(run(app), largeId, 5000);
            await app.query(REQUEST_FIGURES_SQL, [from, to, null, null, null, null, largeId]);
          }),
          inTransaction(casesApp, () =>
            casesApp.query(CASE_FIGURES_SQL, [from, to, null, null, null, largeId]),
          ),
        ]);
      console.log('');
      console.log(`outcome report of the large organization, median of ${o.runs} runs, ms`);
      console.log('range                          GraphQL API   SQL by hand   API/SQL speed');
      for (const [label, from, to] of [
        ['two school years', '2024-09-01', '2026-06-30'],
        ['one quarter', '2025-10-01', '2025-12-31'],
      ] as const) {
        const [graphql, sql] = (await timedSideBySide(o.runs, [
          viaApi(from, to),
          byHand(from, to),
        ])) as [number, number];
        console.log(
          `${label.padEnd(30)} ${graphql.toFixed(0).padStart(11)}   ${sql.toFixed(0).padStart(11)}   ${(sql / graphql).toFixed(2).padStart(13)}`,
        );
      }
      // 500 requests changed since the worker's last run: the report computes them first.
      const changedTimes: number[] = [];
      for (let i = 0; i < o.runs; i++) {
        await db.query(
          `UPDATE request_outcome SET changes = changes + 1
            WHERE request_id IN (SELECT request_id FROM request_outcome
                                  WHERE organization_id = $1 ORDER BY random() LIMIT 500)`,
          [largeId],
        );
        const begun = process.hrtime.bigint();
        await viaApi('2024-09-01', '2026-06-30')();
        changedTimes.push(Number(process.hrtime.bigint() - begun) / 1e6);
      }
      console.log(
        `${'two school years, 500 changed'.padEnd(30)} ${median(changedTimes).toFixed(0).padStart(11)}`,
      );
      await app.end();
      await casesApp.end();
    } finally {
      await db.end();
    }
  });
}

const run = (client: Client) => async (sql: string, params: unknown[]) =>
  (await client.query(sql, params)).rows as unknown[];

/**
 * Every organization's summary rows, computed as the worker computes them: as the application
 * role, inside each organization, a batch per statement. Returns how many.
 */
async function refreshAll(db: Client, app: Client): Promise<number> {
  const organizations = await db.query<{ organization_id: string }>(
    'SELECT DISTINCT organization_id FROM request_outcome WHERE changes <> refreshed_changes',
  );
  let total = 0;
  for (const { organization_id: organizationId } of organizations.rows) {
    for (;;) {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
      const refreshed = await refreshRequestOutcomes(run(app), organizationId, 5000);
      await app.query('COMMIT');
      total += refreshed;
      if (refreshed < 5000) break;
    }
  }
  return total;
}

if (process.argv[2] === 'serve') {
  void serveApi();
} else {
  main().catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
}
