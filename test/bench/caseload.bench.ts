/**
 * The caseload page under load: requests/s and CPU per request of an advocate's 25-case
 * caseload page (with each line's family, student and school) beside
 *
 * - "bare pg replay" — node:http and pg alone sending the very statements the api sent for
 *   one such page (captured from a separate api process: BEGIN with the identity and the
 *   membership check, the reads, COMMIT), each in its own round trip, and answering their rows
 *   as JSON: what PostgreSQL itself takes for the page, the floor the api is measured against.
 *   Each statement goes as the api sent it, prepared (once per connection) where it was;
 * - "bare pg replay, planned every time" — the same, every statement unnamed, so PostgreSQL
 *   parses and plans each again at every request (how the api sent them before it prepared
 *   its statements, and the floor earlier figures were measured against);
 * - "cases only" — the same request shape that loads no related records (`case { id }`).
 *
 * Run: npm run bench:caseload [-- --seconds 10 --connections 10 --rounds 2]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { ApiClient, signUpAdmin } from '@onrecord/platform/testing';
import {
  benchOptions,
  compare,
  load,
  serveBarePg,
  serverEnv,
  startAgainstServer,
  startMeasuredServer,
  startServer,
  withBenchEnvironment,
} from './bench-kit';
import { serveApi } from './serve-api';

/**
 * A statement as the api's pg client sent it: its text, its values if any, and its name if
 * it was sent as a prepared statement (parsed once per connection, then only executed).
 */
interface Statement {
  text: string;
  values?: unknown[];
  name?: string;
}

/**
 * The api, recording each statement its pg clients send; `statements` (an IPC message)
 * answers with those sent since the last ask. Its own process, so the api measured is
 * untouched.
 */
async function serveRecordingApi(): Promise<void> {
  let sent: Statement[] = [];
  const send = Client.prototype.query as (...args: unknown[]) => unknown;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    const [first, second] = args as [unknown, unknown];
    if (typeof first === 'string') {
      sent.push({ text: first, values: Array.isArray(second) ? second : undefined });
    } else if (isNamedStatement(first)) {
      sent.push({ text: first.text, values: first.values, name: first.name });
    }
    return send.apply(this, args);
  } as typeof Client.prototype.query;
  process.on('message', (message) => {
    if (message !== 'statements') return;
    process.send?.({ statements: sent });
    sent = [];
  });
  await serveApi();
}

function isNamedStatement(query: unknown): query is Required<Statement> {
  const named = query as Partial<Statement> | undefined;
  return typeof named?.name === 'string' && typeof named.text === 'string';
}

/**
 * The floor: node:http and pg sending `statements` in order, answering their rows as JSON;
 * each as the api sent it (prepared or not), or, `planned` 'every time', each unnamed, so
 * that PostgreSQL parses and plans it again at every request as it did before the api
 * prepared its statements.
 */
function serveReplay(planned: 'as sent' | 'every time'): void {
  const statements = JSON.parse(serverEnv()['BENCH_STATEMENTS'] ?? '[]') as Statement[];
  serveBarePg(async (client) => {
    const answers: unknown[] = [];
    for (const { text, values, name } of statements) {
      const answer =
        name && planned === 'as sent'
          ? await client.query({ name, text, values })
          : await client.query(text, values);
      answers.push(answer.rows);
    }
    return JSON.stringify(answers);
  });
}

/** The statements the api sends for one request of `query`, from a recording api process. */
async function statementsOf(
  env: Record<string, string>,
  token: string,
  query: string,
): Promise<Statement[]> {
  const servers: ChildProcess[] = [];
  try {
    const url = await startServer(__filename, 'record', env, servers);
    const client = new ApiClient(url, token);
    await client.data(query); // the first request also reads what a process caches
    const [recorder] = servers;
    const ask = () =>
      new Promise<Statement[]>((resolve) => {
        recorder?.once('message', (message: { statements: Statement[] }) =>
          resolve(message.statements),
        );
        recorder?.send('statements');
      });
    await ask();
    await client.data(query);
    return await ask();
  } finally {
    for (const server of servers) server.kill('SIGTERM');
  }
}

const CASES = 25;
const FULL_PAGE = `{ caseload(first: ${CASES}) { edges { node {
  status openRequestCount overdueCount nextDeadline
  case { id title openedOn } family { id householdName } student { id name grade } school { id name }
} } } }`;
const BARE_PAGE = `{ caseload(first: ${CASES}) { edges { node { status case { id } } } } }`;

async function main(): Promise<void> {
  const options = benchOptions();
  await withBenchEnvironment(async (environment, servers) => {
    const { url, pid: apiPid } = await startMeasuredServer(
      __filename,
      'api',
      environment.env,
      servers,
    );
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
    const statements = await statementsOf(environment.env, admin.accessToken, FULL_PAGE);
    const replayEnv = { ...environment.env, BENCH_STATEMENTS: JSON.stringify(statements) };
    const replay = await startMeasuredServer(__filename, 'replay', replayEnv, servers);
    const unnamed = await startMeasuredServer(__filename, 'replay-unnamed', replayEnv, servers);
    const run = (target: string, query: string) => (seconds: number) =>
      load(target, admin.accessToken, query, {}, seconds, options.connections);
    const against = await startAgainstServer(options, __filename, 'api', environment.env, servers);
    const PAGE = 'caseload: family, student, school';
    const REPLAY = `bare pg replay of its ${statements.length} statements`;
    const REPLAY_UNNAMED = `${REPLAY}, planned every time`;
    const rates = await compare(
      `caseload page of ${CASES} cases (one api process, ${options.connections} connections)`,
      [
        { label: PAGE, run: run(url, FULL_PAGE), pid: apiPid },
        { label: REPLAY, run: run(replay.url, FULL_PAGE), pid: replay.pid },
        { label: REPLAY_UNNAMED, run: run(unnamed.url, FULL_PAGE), pid: unnamed.pid },
        { label: 'caseload: cases only', run: run(url, BARE_PAGE), pid: apiPid },
        ...(against
          ? [
              {
                label: `${PAGE} ${against.label}`,
                run: run(against.url, FULL_PAGE),
                pid: against.pid,
              },
            ]
          : []),
      ],
      options,
    );
    const prepared = statements.filter((statement) => statement.name).length;
    console.log(`\nthe page takes ${statements.length} statements, ${prepared} of them prepared:`);
    for (const statement of statements) {
      console.log(`  ${statement.name ? 'prepared ' : ''}${statement.text.slice(0, 100)}…`);
    }
    const ratio = (label: string, floor: string) =>
      (rates.get(label)! / rates.get(floor)!).toFixed(3);
    console.log(`OnRecord's caseload runs at ${ratio(PAGE, REPLAY)} × the bare replay`);
    console.log(`  and at ${ratio(PAGE, REPLAY_UNNAMED)} × the replay planned every time`);
    if (against) {
      console.log(
        `${against.label}: ${ratio(`${PAGE} ${against.label}`, REPLAY)} × the bare replay`,
      );
      console.log(
        `  and at ${ratio(`${PAGE} ${against.label}`, REPLAY_UNNAMED)} × the replay planned every time`,
      );
    }
    console.log('');
  });
}

if (process.argv[2] === 'serve') {
  const variant = process.argv[3];
  if (variant === 'replay') serveReplay('as sent');
  else if (variant === 'replay-unnamed') serveReplay('every time');
  else void (variant === 'record' ? serveRecordingApi() : serveApi());
} else {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
