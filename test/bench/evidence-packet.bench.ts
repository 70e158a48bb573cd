/**
 * The evidence packet: pages and seconds for a demo case and for a large case (200 written
 * requests, half answered — some late —, 2 school years of attendance, 100 notes), through the
 * api as an advocate downloads it; beside two baselines: the same large case's CSV (the same
 * reads, no layout) and pdfmake laying out the same number of pages of plain text (layout
 * with nothing to read). Medians of a few rounds; nothing is asserted.
 *
 * Needs the build (the demo seeder): npm run build && npm run bench:evidence-packet [-- --rounds 3]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pdfmake from 'pdfmake';
import { PDFDocument } from 'pdf-lib';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { ApiClient, AUTH_FIELDS, type TestAuth } from '@onrecord/platform/testing';
import { benchOptions, startServer, withBenchEnvironment } from './bench-kit';
import { serveApi } from './serve-api';

const SEED_DEMO = join(__dirname, '../../dist/apps/api/src/seed-demo.js');
const DEMO_ADMIN = 'dana.admin@demo.onrecord.example';
const DEMO_PASSWORD = 'paper trail makes schools answer';
const REQUESTS = 200;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A large case beside the demo's, in the demo organization, at a demo school. */
async function addLargeCase(adminUrl: string): Promise<string> {
  const [row] = await superuserQuery<{ id: string }>(
    adminUrl,
    `WITH org AS (SELECT o.id, sc.id AS school_id, sc.district_id FROM organization o
                    JOIN school sc ON sc.organization_id = o.id
                   WHERE o.name LIKE '%(demo)' ORDER BY sc.name LIMIT 1),
          f AS (INSERT INTO family (organization_id, household_name)
                SELECT id, 'Benchmark household' FROM org RETURNING id, organization_id),
          st AS (INSERT INTO student (organization_id, family_id, name, grade, school_id)
                 SELECT f.organization_id, f.id, 'Bench Student', '8', org.school_id FROM f, org
                 RETURNING id, family_id, organization_id)
     INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
     SELECT organization_id, family_id, id, 'Two years of requests', '{SCHOOL_REFUSAL}', 'ACTIVE',
            date '2024-08-20' FROM st RETURNING id`,
    [],
  );
  const caseId = row!.id;
  await superuserQuery(
    adminUrl,
    `WITH c AS (SELECT c.id, c.organization_id, c.student_id, sc.id AS school_id
                  FROM case_record c JOIN student s ON s.id = c.student_id
                  JOIN school sc ON sc.id = s.school_id WHERE c.id = $1),
          r AS (INSERT INTO written_request (organization_id, case_id, type, subject, body, channel, status,
                  sent_on, received_on, due_on, deadline)
                SELECT c.organization_id, c.id, (ARRAY['RECORDS','EVALUATION','IEP_MEETING','FBA','ACCOMMODATIONS'])[1 + n % 5],
                       'Request number ' || n || ' about the attendance plan and the supports in place',
                       'Body of request ' || n, 'EMAIL', CASE WHEN n % 2 = 0 THEN 'RESPONDED' ELSE 'SENT' END,
                       date '2024-08-26' + (n * 3), date '2024-08-26' + (n * 3), date '2024-08-26' + (n * 3) + 15,
                       jsonb_build_object('dueDate', to_char(date '2024-08-26' + (n * 3) + 15, 'YYYY-MM-DD'),
                                          'citation', '34 CFR 300.613(a)', 'basis', 'STATUTE')
                  FROM c, generate_series(1, $2::int) n RETURNING id, organization_id, sent_on, status)
     INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome, reasons, summary)
     SELECT organization_id, id, sent_on + CASE WHEN random() < 0.5 THEN 10 ELSE 25 END, 'EMAIL', 'DENIED',
            '{LACK_OF_DATA}', 'The school says it needs more data first.'
       FROM r WHERE status = 'RESPONDED'`,
    [caseId, REQUESTS],
  );
  // The demo's districts have this school year's calendar; the year before is added, or its
  // entries would not count as school days.
  await superuserQuery(
    adminUrl,
    `INSERT INTO school_year (organization_id, district_id, label, first_day, last_day)
     SELECT sc.organization_id, sc.district_id, '2024-25', date '2024-08-26', date '2025-06-06'
       FROM case_record c JOIN student s ON s.id = c.student_id JOIN school sc ON sc.id = s.school_id
      WHERE c.id = $1
        AND NOT EXISTS (SELECT 1 FROM school_year y WHERE y.district_id = sc.district_id
                           AND y.first_day <= date '2025-06-06' AND y.last_day >= date '2024-08-26')`,
    [caseId],
  );
  await superuserQuery(
    adminUrl,
    `INSERT INTO attendance_entry (organization_id, student_id, date, status)
     SELECT c.organization_id, c.student_id, d::date,
            (ARRAY['FULL','FULL','PARTIAL','ABSENT','TARDY'])[1 + (extract(doy FROM d)::int % 5)]
       FROM case_record c, generate_series(date '2024-08-26', date '2026-06-05', interval '1 day') d
      WHERE c.id = $1 AND extract(isodow FROM d) < 6
        AND NOT (extract(month FROM d) IN (7) OR (extract(month FROM d) = 6 AND extract(day FROM d) > 10))`,
    [caseId],
  );
  await superuserQuery(
    adminUrl,
    `INSERT INTO case_note (organization_id, case_id, body, visibility)
     SELECT organization_id, id, 'Note ' || n || ': called the school office, no one returned the call.',
            CASE WHEN n % 2 = 0 THEN 'SHARED_WITH_FAMILY' ELSE 'INTERNAL' END
       FROM case_record, generate_series(1, 100) n WHERE id = $1`,
    [caseId],
  );
  return caseId;
}

/** Plain paragraphs until pdfmake has laid out `pages` pages: layout with nothing to read. */
async function plainTextPages(pages: number): Promise<{ seconds: number; pages: number }> {
  pdfmake.setFonts({
    Helvetica: {
      normal: 'Helvetica',
      bold: 'Helvetica-Bold',
      italics: 'Helvetica-Oblique',
      bolditalics: 'Helvetica-BoldOblique',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith('Helvetica'));
  const line = 'A line of plain text as long as a line of the chronology, printed on the page.';
  const started = performance.now();
  const bytes = await pdfmake
    .createPdf({
      pageSize: 'LETTER',
      defaultStyle: { font: 'Helvetica', fontSize: 10 },
      // A page of 46 lines, then a page break: exactly `pages` pages.
      content: Array.from({ length: pages }, (_, page) => ({
        stack: Array.from({ length: 46 }, (_, i) => `${page * 46 + i + 1}. ${line}`),
        ...(page < pages - 1 ? { pageBreak: 'after' as const } : {}),
      })),
    })
    .getBuffer();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, pages: (await PDFDocument.load(bytes)).getPageCount() };
}

async function main(): Promise<void> {
  const options = benchOptions();
  const rounds = Math.max(1, options.rounds);
  await withBenchEnvironment(async (environment, servers) => {
    // The demo seeder sends nothing; it only needs a mail server named in its configuration.
    await promisify(execFile)(process.execPath, [SEED_DEMO], {
      env: { PATH: process.env['PATH'] ?? '', SMTP_URL: 'smtp://127.0.0.1:1', ...environment.env },
    });
    const largeCase = await addLargeCase(environment.db.adminUrl);
    const [demo] = await superuserQuery<{ id: string }>(
      environment.db.adminUrl,
      `SELECT c.id FROM case_record c JOIN family f ON f.id = c.family_id
        WHERE f.household_name = 'Navarro household'`,
    );
    const url = await startServer(__filename, 'api', environment.env, servers);
    const { accessToken } = (
      await new ApiClient(url).data<{ logIn: TestAuth }>(
        `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
        { input: { email: DEMO_ADMIN, password: DEMO_PASSWORD } },
      )
    ).logIn;

    const download = async (caseId: string, query: string) => {
      const times: number[] = [];
      let bytes = new Uint8Array();
      for (let round = 0; round <= rounds; round += 1) {
        const started = performance.now();
        const response = await fetch(`${url}/exports/cases/${caseId}/evidence-packet${query}`, {
          headers: { authorization: `Bearer ${accessToken}` },
        });
        bytes = new Uint8Array(await response.arrayBuffer());
        if (response.status !== 200)
          throw new Error(`${response.status} ${new TextDecoder().decode(bytes)}`);
        // The first download warms the process (fonts, code paths): not counted.
        if (round > 0) times.push((performance.now() - started) / 1000);
      }
      return { seconds: median(times), bytes };
    };
    const pagesOf = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

    const demoPdf = await download(demo!.id, '');
    const largePdf = await download(largeCase, '?internal=true');
    const largeCsv = await download(largeCase, '?format=csv&internal=true');
    const largePages = await pagesOf(largePdf.bytes);
    const plain = await plainTextPages(largePages);
    // Kept to look at (pdftoppm -r 70 -png <file> <prefix>).
    const saved = join(tmpdir(), 'evidence-packet-large-case.pdf');
    await writeFile(saved, largePdf.bytes);
    const rows = new TextDecoder().decode(largeCsv.bytes).trimEnd().split('\r\n').length - 1;

    console.log(`\nevidence packet (api over HTTP, median of ${rounds} after a warm-up)`);
    const table = [
      ['demo case (Navarro), PDF', `${await pagesOf(demoPdf.bytes)} pages`, demoPdf.seconds],
      [
        `large case (${REQUESTS} requests, 2 school years, 100 notes), PDF`,
        `${largePages} pages`,
        largePdf.seconds,
      ],
      ['baseline: the large case as CSV', `${rows} rows`, largeCsv.seconds],
      ['baseline: pdfmake, plain text, in process', `${plain.pages} pages`, plain.seconds],
    ] as const;
    for (const [label, size, seconds] of table)
      console.log(
        `  ${label.padEnd(62)} ${size.padStart(10)}  ${seconds.toFixed(2).padStart(6)} s`,
      );
    console.log(
      `  large case: ${(largePdf.seconds / largePages).toFixed(3)} s per page; plain text: ${(plain.seconds / plain.pages).toFixed(3)} s per page`,
    );
    console.log(`  the large case's packet: ${saved}\n`);
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
