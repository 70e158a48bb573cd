/**
 * The caseload page under load: requests/s of an advocate's 25-case caseload page (with each
 * line's family, student and school) beside a baseline of the same request shape that
 * loads no related records (`case { id }` only), so the figure shows what the DataLoaders'
 * related-record loading costs.
 *
 * Run: npm run bench:caseload [-- --seconds 10 --connections 10 --rounds 2]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { ApiClient, signUpAdmin } from '@onrecord/platform/testing';
import { benchOptions, compare, load, startServer, withBenchEnvironment } from './bench-kit';
import { serveApi } from './serve-api';

const CASES = 25;
const FULL_PAGE = `{ caseload(first: ${CASES}) { edges { node {
  status openRequestCount overdueCount nextDeadline
  case { id title openedOn } family { id householdName } student { id name grade } school { id name }
} } } }`;
const BARE_PAGE = `{ caseload(first: ${CASES}) { edges { node { status case { id } } } } }`;

async function main(): Promise<void> {
  const options = benchOptions();
  await withBenchEnvironment(async (environment, servers) => {
    const url = await startServer(__filename, 'api', environment.env, servers);
    const admin = await signUpAdmin(new ApiClient(url), 'bench', environment.db.adminUrl);
    const [member] = await superuserQuery<{ id: string }>(
      environment.db.adminUrl,
      'SELECT id FROM membership WHERE user_id = $1',
      [admin.user.id],
    );
    await superuserQuery(
      environment.db.adminUrl,
      `WITH d AS (INSERT INTO district (organization_id, name, state, time_zone)
                  VALUES ($1, 'Bench ISD', 'TX', 'America/Chicago') RETURNING id),
            n AS (SELECT generate_series(1, $3::int) AS i),
            s AS (INSERT INTO school (organization_id, district_id, name)
                  SELECT $1, d.id, 'School ' || n.i FROM d, n RETURNING id, name),
            f AS (INSERT INTO family (organization_id, household_name)
                  SELECT $1, 'Household ' || n.i FROM n RETURNING id, household_name),
            st AS (INSERT INTO student (organization_id, family_id, name, grade, school_id)
                   SELECT $1, f.id, 'Student ' || substr(f.household_name, 11), '7', s.id
                     FROM f JOIN s ON substr(s.name, 8) = substr(f.household_name, 11)
                   RETURNING id, family_id, name),
            c AS (INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
                  SELECT $1, st.family_id, st.id, 'Case of ' || st.name, '{SCHOOL_REFUSAL}', 'ACTIVE', date '2025-09-01'
                    FROM st RETURNING id)
       INSERT INTO case_assignment (organization_id, case_id, membership_id) SELECT $1, c.id, $2 FROM c`,
      [admin.activeOrganization!.id, member!.id, CASES],
    );
    const client = new ApiClient(url, admin.accessToken);
    const check = await client.data<{ caseload: { edges: unknown[] } }>(FULL_PAGE);
    if (check.caseload.edges.length !== CASES) throw new Error('the caseload is not 25 cases');
    const run = (query: string) => (seconds: number) =>
      load(url, admin.accessToken, query, {}, seconds, options.connections);
    await compare(
      `caseload page of ${CASES} cases (one api process, ${options.connections} connections)`,
      [
        { label: 'caseload: family, student, school', run: run(FULL_PAGE) },
        { label: 'caseload: cases only (baseline)', run: run(BARE_PAGE) },
      ],
      options,
    );
    console.log('');
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
