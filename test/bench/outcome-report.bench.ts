/**
 * The outcome report at scale: a data set of `--organizations` organizations (one large, the
 * rest ordinary) with about `--requests` written requests in all, their responses, follow-ups
 * and cases; then the report for the large organization over two school years and over one
 * quarter, through the GraphQL API (one api process), beside the same figures from the SQL
 * run by hand on a direct connection, in the same run. Milliseconds per report (sequential).
 *
 * Run: npm run bench:outcome-report [-- --organizations 1000 --requests 1000000 --large 100000]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { testConfig } from '@onrecord/platform/config/testing';
import { ApiClient, signUpAdmin } from '@onrecord/platform/testing';
// The api as the product runs it, in its own process.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../apps/api/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { OUTCOME_REPORT_SQL } from '../../libs/reports/src/outcome-report.sql';
import { serverEnv, startServer, withBenchEnvironment } from './bench-kit';
import { generateOrganizationRecords } from './report-data';

const REQUESTS_PER_CASE = 4;

async function serve(): Promise<void> {
  const app = await NestFactory.create(AppModule.forRoot(testConfig(serverEnv())), {
    logger: false,
  });
  await app.listen(0, '127.0.0.1');
  process.send?.({ url: await app.getUrl() });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

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

async function timed(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work(); // warm
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

async function main(): Promise<void> {
  const o = options();
  await withBenchEnvironment(async (environment, servers) => {
    const url = await startServer(__filename, 'api', environment.env, servers);
    const admin = await signUpAdmin(new ApiClient(url), 'bench-reports');
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
      await db.query('ANALYZE');
      const [counts] = (
        await db.query<{ requests: number; large: number }>(
          `SELECT count(*)::int AS requests, count(*) FILTER (WHERE organization_id = $1)::int AS large
             FROM written_request`,
          [largeId],
        )
      ).rows;
      console.log(
        `data: ${o.organizations} organizations, ${counts!.requests} written requests (${counts!.large} in the large one), generated in ${Math.round((Date.now() - started) / 1000)} s`,
      );

      const api = new ApiClient(url, admin.accessToken);
      const app = new Client({ connectionString: environment.db.appUrl });
      await app.connect();
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
      const byHand = (from: string, to: string) => async () => {
        await app.query('BEGIN');
        await app.query(
          `SELECT set_config('app.organization_id', $1, true), set_config('jit', 'off', true)`,
          [largeId],
        );
        await app.query(OUTCOME_REPORT_SQL, [from, to, null, null, null, null]);
        await app.query('COMMIT');
      };
      console.log('');
      console.log(`outcome report of the large organization, median of ${o.runs} runs, ms`);
      console.log('range                          GraphQL API   SQL by hand   API/SQL speed');
      for (const [label, from, to] of [
        ['two school years', '2024-09-01', '2026-06-30'],
        ['one quarter', '2025-10-01', '2025-12-31'],
      ] as const) {
        const sql = await timed(o.runs, byHand(from, to));
        const graphql = await timed(o.runs, viaApi(from, to));
        console.log(
          `${label.padEnd(30)} ${graphql.toFixed(0).padStart(11)}   ${sql.toFixed(0).padStart(11)}   ${(sql / graphql).toFixed(2).padStart(13)}`,
        );
      }
      await app.end();
    } finally {
      await db.end();
    }
  });
}

if (process.argv[2] === 'serve') {
  void serve();
} else {
  main().catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
}
