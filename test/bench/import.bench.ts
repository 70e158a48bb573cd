/**
 * The CSV import of 10,000 rows (each a family with a guardian, a student at a school of the
 * directory and a case assigned to an advocate): the dry run and the import through
 * `POST /imports/preview` and `/imports/run`, beside a baseline in the same run — the same
 * records written by plain multi-row INSERTs (unnest, one statement per table) with no
 * parsing, no checks and no audit events, so the figure shows what the import adds.
 *
 * Run: npm run bench:import [-- --rows 10000]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { parseArgs } from 'node:util';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { ApiClient, signUpAdmin } from '@onrecord/platform/testing';
import { startServer, withBenchEnvironment } from './bench-kit';
import { serveApi } from './serve-api';

const HEADERS =
  'Family,Parent/Guardian Name,Email,Phone,Preferred language,Student Name,Student DOB,Grade,School,Plan,Case,Concerns,Advocate email';

function csvOf(rows: number, advocateEmail: string): string {
  const lines = [HEADERS];
  for (let i = 1; i <= rows; i += 1) {
    lines.push(
      [
        `Household ${i}`,
        `"Parent ${i}, Jr."`,
        `parent${i}@bench.example.org`,
        '(512) 555-0100',
        i % 2 ? 'Spanish' : 'English',
        `Student ${i}`,
        `${(i % 12) + 1}/${(i % 28) + 1}/2014`,
        String((i % 12) + 1),
        `Bench School ${i % 20}`,
        i % 3 ? 'IEP' : '504',
        `School refusal ${i}`,
        'School refusal; Bullying',
        advocateEmail,
      ].join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}

async function post(url: string, token: string, step: string, kind: string, csv: string) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'bench.csv');
  const started = performance.now();
  const response = await fetch(`${url}/imports/${step}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  const body = (await response.json()) as { goodRows?: number; message?: string; counts?: unknown };
  if (!response.ok) throw new Error(`${step}: ${response.status} ${body.message ?? ''}`);
  return { seconds: (performance.now() - started) / 1000, body };
}

/** An organization with a district of 20 schools, and its admin. */
async function organization(url: string, adminUrl: string, label: string) {
  const admin = await signUpAdmin(new ApiClient(url), label, adminUrl);
  const organizationId = admin.activeOrganization!.id;
  await superuserQuery(
    adminUrl,
    `WITH d AS (INSERT INTO district (organization_id, name, state, time_zone)
                VALUES ($1, 'Bench ISD', 'TX', 'America/Chicago') RETURNING id)
     INSERT INTO school (organization_id, district_id, name)
     SELECT $1, d.id, 'Bench School ' || n FROM d, generate_series(0, 19) n`,
    [organizationId],
  );
  return { admin, organizationId };
}

/** The same records as plain multi-row INSERTs, in one transaction: the floor. */
async function baseline(adminUrl: string, organizationId: string, rows: number): Promise<number> {
  const started = performance.now();
  await superuserQuery(
    adminUrl,
    `WITH n AS (SELECT i, gen_random_uuid() AS family_id, gen_random_uuid() AS student_id
                  FROM generate_series(1, $2::int) i),
          f AS (INSERT INTO family (id, organization_id, household_name)
                SELECT family_id, $1, 'Household ' || i FROM n RETURNING id),
          g AS (INSERT INTO guardian (organization_id, family_id, name, email, phone, relationship, preferred_language)
                SELECT $1, n.family_id, 'Parent ' || i, 'parent' || i || '@bench.example.org', '+15125550100', 'parent', 'en'
                  FROM n JOIN f ON f.id = n.family_id RETURNING id),
          s AS (INSERT INTO student (id, organization_id, family_id, name, date_of_birth, grade, school_id, plan)
                SELECT n.student_id, $1, n.family_id, 'Student ' || i, date '2014-03-14', '5',
                       (SELECT id FROM school WHERE organization_id = $1 LIMIT 1), 'IEP'
                  FROM n JOIN f ON f.id = n.family_id RETURNING id, family_id)
     INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
     SELECT $1, s.family_id, s.id, 'School refusal', '{SCHOOL_REFUSAL}', 'INTAKE', current_date FROM s`,
    [organizationId, rows],
  );
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' } } });
  const rows = Number(values.rows);
  await withBenchEnvironment(async (environment, servers) => {
    const url = await startServer(__filename, 'api', environment.env, servers);
    const adminUrl = environment.db.adminUrl;
    const importing = await organization(url, adminUrl, 'benchimport');
    const floor = await organization(url, adminUrl, 'benchbaseline');
    const csv = csvOf(rows, 'benchimport@example.org');
    console.log(
      `\nCSV import, ${rows} rows (${(csv.length / 1024 / 1024).toFixed(1)} MB), one api process`,
    );
    const preview = await post(url, importing.admin.accessToken, 'preview', 'families', csv);
    if (preview.body.goodRows !== rows)
      throw new Error(`the dry run found problems: ${JSON.stringify(preview.body).slice(0, 500)}`);
    const run = await post(url, importing.admin.accessToken, 'run', 'families', csv);
    const [written] = await superuserQuery<{ families: number; cases: number; audit: number }>(
      adminUrl,
      `SELECT (SELECT count(*)::int FROM family WHERE organization_id = $1) AS families,
              (SELECT count(*)::int FROM case_record WHERE organization_id = $1) AS cases,
              (SELECT count(*)::int FROM audit_event WHERE organization_id = $1) AS audit`,
      [importing.organizationId],
    );
    const plain = await baseline(adminUrl, floor.organizationId, rows);
    const rate = (seconds: number) => `${Math.round(rows / seconds)} rows/s`;
    console.log(
      `  dry run (parse, check, plan; nothing written)   ${preview.seconds.toFixed(2)} s  ${rate(preview.seconds)}`,
    );
    console.log(
      `  import (checks + bulk writes + audit events)    ${run.seconds.toFixed(2)} s  ${rate(run.seconds)}`,
    );
    console.log(
      `  baseline: plain multi-row INSERTs, no checks    ${plain.toFixed(2)} s  ${rate(plain)}`,
    );
    console.log(
      `  written: ${written?.families} families, ${written?.cases} cases, ${written?.audit} audit events`,
    );
    console.log(
      `  target: 10,000 rows in ≤ 30 s — ${run.seconds <= 30 * (rows / 10_000) ? 'met' : 'NOT met'}\n`,
    );
  });
}

if (process.argv[2] === 'serve') {
  void serveApi();
} else {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
