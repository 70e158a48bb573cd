/**
 * Search in a large organization: 50,000 written requests (with their cases, families,
 * guardians, students, school responses, notes and contacts) among 200,000 in four
 * organizations. Times the search statement (`search` in libs/search) as the app role under
 * row-level security — median and p95 over a mix of names, prefixes and words — beside a
 * baseline in the same run: the same records searched with `ILIKE '%…%'` over `app_unaccent`
 * (no index can help). Then the plans (EXPLAIN ANALYZE), and the same statement once
 * `ts_match_vq` (`@@`) is marked LEAKPROOF in this throwaway database (a superuser's
 * decision, not made by the migration): what the GIN indexes give when the planner may use
 * them under row-level security.
 *
 * Run: npm run bench:search [-- --requests 50000 --repeat 30]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';
import { createTestDatabase } from '@onrecord/platform/database/testing';
import { SEARCH_SQL } from '@onrecord/search';

const HEADLINE = 'StartSel=<, StopSel=>, MaxWords=24, MinWords=8, ShortWord=2, MaxFragments=2';
/** What advocates type: a full name with and without accents, prefixes, a word of a body. */
const TERMS = [
  'maría:* & garcía:*',
  'maria:*',
  'hernan:*',
  'pena:*',
  'evaluacion:*',
  'xylo:*',
  'torres:*',
  'iep:*',
];
/** The baseline: each word anywhere in the text, accents ignored, no index. */
const ILIKE_SQL = `
WITH hits AS (
  SELECT 'REQUEST' AS kind, r.id FROM written_request r
   WHERE app_unaccent(r.subject || ' ' || r.body) ILIKE ALL ($1)
  UNION ALL SELECT 'GUARDIAN', g.id FROM guardian g WHERE app_unaccent(g.name) ILIKE ALL ($1)
  UNION ALL SELECT 'STUDENT', s.id FROM student s WHERE app_unaccent(s.name || ' ' || s.notes) ILIKE ALL ($1)
  UNION ALL SELECT 'FAMILY', f.id FROM family f WHERE app_unaccent(f.household_name || ' ' || f.notes) ILIKE ALL ($1)
  UNION ALL SELECT 'CASE', c.id FROM case_record c WHERE app_unaccent(c.title) ILIKE ALL ($1)
  UNION ALL SELECT 'SCHOOL_RESPONSE', x.id FROM school_response x WHERE app_unaccent(x.summary) ILIKE ALL ($1)
  UNION ALL SELECT 'NOTE', n.id FROM case_note n WHERE app_unaccent(n.body) ILIKE ALL ($1)
  UNION ALL SELECT 'CONTACT', e.id FROM contact_log_entry e WHERE app_unaccent(e.with_whom || ' ' || e.note) ILIKE ALL ($1)
)
SELECT * FROM hits LIMIT $2`;

const patternsOf = (term: string): string[] =>
  term
    .split(' & ')
    .map((word) => `%${word.replace(':*', '').normalize('NFD').replace(/\p{M}/gu, '')}%`);

/** One organization's records, `requests` written requests and the rest in proportion. */
const SEED = `
WITH o AS (INSERT INTO organization (name, time_zone, home_state) VALUES ($1, 'America/Chicago', 'TX') RETURNING id),
d AS (INSERT INTO district (organization_id, name, state, time_zone) SELECT o.id, 'Distrito ' || $1, 'TX', 'America/Chicago' FROM o RETURNING id, organization_id),
sc AS (INSERT INTO school (organization_id, district_id, name)
       SELECT d.organization_id, d.id, 'Escuela ' || n FROM d, generate_series(1, 40) n RETURNING id, organization_id),
names AS (SELECT n,
       (ARRAY['María','José','Guadalupe','Lucía','Andrés','Tomás','Ana','Luis','Verónica','Juana','Emily','Jacob','Aisha','Kofi','Mai'])[1 + n % 15] AS first,
       (ARRAY['García','Hernández','López','Peña','Ramírez','Torres','Flores','Castillo','Nguyen','Osei','Smith','Kowalski','Ibáñez','Muñoz'])[1 + (n / 15) % 14] AS last
       FROM generate_series(1, $2::int / 10) n),
f AS (INSERT INTO family (organization_id, household_name, notes)
      SELECT o.id, names.last || ' household ' || names.n, 'Prefers calls after 5 pm.' FROM o, names RETURNING id, organization_id, household_name),
g AS (INSERT INTO guardian (organization_id, family_id, name, relationship)
      SELECT f.organization_id, f.id, names.first || ' ' || names.last, 'MOTHER'
        FROM f JOIN names ON f.household_name = names.last || ' household ' || names.n RETURNING id),
st AS (INSERT INTO student (organization_id, family_id, name, school_id)
       SELECT f.organization_id, f.id, 'Hijo ' || f.household_name, (SELECT id FROM sc LIMIT 1) FROM f RETURNING id, family_id, organization_id),
c AS (INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
      SELECT st.organization_id, st.family_id, st.id, 'School refusal and IEP', '{SCHOOL_REFUSAL}', 'ACTIVE', date '2025-09-01' FROM st RETURNING id, organization_id),
r AS (INSERT INTO written_request (organization_id, case_id, type, subject, body)
      SELECT c.organization_id, c.id, 'EVALUATION', 'Request for a full evaluation ' || k,
             'Dear principal, the family asks in writing for a full and individual evaluation in all areas of suspected disability. '
             || 'The student has missed many school days since the fall; the attendance letters did not help. '
             || 'Solicitamos una evaluación completa. Please answer within the time the law gives and send Prior Written Notice if you refuse. ' || md5(c.id::text || k)
        FROM c, generate_series(1, 10) k RETURNING id, organization_id, case_id),
resp AS (INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome, summary)
         SELECT r.organization_id, r.id, date '2025-10-01', 'EMAIL', 'DEFERRED_NEEDS_DATA', 'The district wants four more weeks of data before an evaluation.'
           FROM r WHERE right(r.id::text, 1) IN ('0', '1', '2', '3') RETURNING id),
note AS (INSERT INTO case_note (organization_id, case_id, body)
         SELECT c.organization_id, c.id, 'Called the counselor about the morning transition; waiting for the 504 coordinator.' FROM c RETURNING id)
INSERT INTO contact_log_entry (organization_id, case_id, party, with_whom, channel, direction, occurred_at, note)
SELECT c.organization_id, c.id, 'SCHOOL_CONTACT', 'Ms. Ortiz', 'PHONE', 'OUTGOING', now(), 'Left a voicemail about the IEP meeting.' FROM c
RETURNING (SELECT id FROM o)`;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function timed(client: Client, sql: string, params: unknown[][], repeat: number) {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    for (const p of params) {
      const start = process.hrtime.bigint();
      await client.query(sql, p);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95), n: times.length };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '50000' },
      repeat: { type: 'string', default: '20' },
    },
  });
  const requests = Number(values.requests);
  const repeat = Number(values.repeat);
  await globalSetup();
  const db = await createTestDatabase();
  const admin = new Client({ connectionString: db.adminUrl });
  const app = new Client({ connectionString: db.appUrl });
  try {
    await admin.connect();
    let started = Date.now();
    const orgs: string[] = [];
    for (const name of ['Bench', 'Other 1', 'Other 2', 'Other 3']) {
      const rows = await admin.query<{ id: string }>(SEED, [name, requests]);
      orgs.push(rows.rows[0]!.id);
    }
    await admin.query('ANALYZE');
    console.log(
      `seeded 4 organizations × ${requests} written requests in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );

    await app.connect();
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.organization_id', $1, true)`, [orgs[0]]);
    const search = TERMS.map((t) => [t, 20, HEADLINE]);
    const baseline = TERMS.map((t) => [patternsOf(t), 20]);
    const row = (label: string, r: { median: number; p95: number; n: number }) =>
      console.log(
        `  ${label.padEnd(58)} median ${r.median.toFixed(1).padStart(7)} ms   p95 ${r.p95.toFixed(1).padStart(7)} ms   (${r.n} runs)`,
      );
    console.log(
      `\nsearch in one organization of ${requests} requests, as the app role (row-level security)`,
    );
    started = Date.now();
    row(
      'search: stored tsvector, ranked, 20 with snippets',
      await timed(app, SEARCH_SQL, search, repeat),
    );
    row(
      "baseline: ILIKE '%…%' over app_unaccent, first 20",
      await timed(app, ILIKE_SQL, baseline, repeat),
    );

    const plan = async (label: string) => {
      const rows = await app.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${SEARCH_SQL}`,
        search[1],
      );
      const lines = rows.rows.map((r) => r['QUERY PLAN']);
      console.log(`\n${label}: the written_request branch and the totals`);
      const start = lines.findIndex((l) => l.includes('on written_request'));
      for (const l of lines.slice(Math.max(0, start - 3), start + 9)) console.log(`  ${l}`);
      for (const l of lines.filter((l) => /Execution Time/.test(l))) console.log(`  ${l}`);
    };
    await plan('EXPLAIN ANALYZE, app role');
    await app.query('COMMIT');

    // What the indexes give once the planner may use them under row-level security.
    await admin.query('ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF');
    await app.query('BEGIN');
    await app.query(`SELECT set_config('app.organization_id', $1, true)`, [orgs[0]]);
    console.log(
      '\nthe same with @@ marked LEAKPROOF in this database (superuser; not done by the migration)',
    );
    row(
      'search: GIN index usable under row-level security',
      await timed(app, SEARCH_SQL, search, repeat),
    );
    await plan('EXPLAIN ANALYZE, @@ LEAKPROOF');
    await app.query('COMMIT');
    console.log('');
  } finally {
    await app.end().catch(() => undefined);
    await admin.end().catch(() => undefined);
    await db.drop();
    await globalTeardown();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
