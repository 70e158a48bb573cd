import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLField,
  type IntrospectionQuery,
} from 'graphql';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestEnvironment,
  signUpAdmin,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from './app-process';
import { INBOUND_WEBHOOK_SECRET, NON_SCHOOL_DAY, recentSchoolDay } from './organization-records';
import { BASELINE_EMAIL, casesOf, type FuzzCase } from './fuzz/fuzz-values';
import { seedFuzzOrganization } from './fuzz/fuzz-seed';
import { badStoredValues } from './fuzz/stored-values';

/**
 * The schema-driven fuzz test: every query and mutation of the running api's schema (read
 * by introspection, so a new operation is fuzzed without a list to keep), called over HTTP
 * as an ADMIN of a seeded organization — first with a valid-looking baseline (its real ids),
 * then with one hostile value at a time in every place its arguments reach: NUL, 100k
 * characters, only spaces, RTL/emoji/SQL-ish text, impossible and far dates, empty and
 * SQL-ish ids, out-of-range numbers, unknown enum values, nulls, empty and long lists.
 *
 * It fails on any INTERNAL_SERVER_ERROR or 5xx, on a variant that breaks a rule of every
 * input (NUL, empty id, bad instant) not refused naming its field, and on any stored value
 * that breaks the fields' rules (read back from every table afterwards). It prints a table
 * of the answers by class.
 */

const SLOW = 180_000;
/** Calls in flight at once: a 2-core machine shared with other work. */
const CONCURRENCY = 3;
/**
 * Operations that can end the admin's or the guardian's session run after all others, so
 * everything else keeps them.
 */
const ENDS_SESSION = [
  'inviteGuardianToPortal',
  'revokeGuardianPortalAccess',
  'signOutOfPortal',
  // The admin's own session: the very last.
  'logOut',
];
/** Their baseline would archive, delete or end a seeded record: only the variants run. */
const DESTRUCTIVE = /^(delete|archive|remove|revoke|discard|withdraw|close|logOut|signOut)/;

type AnswerClass =
  | 'ok'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'other';
const CLASSES: AnswerClass[] = [
  'ok',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
  'other',
];

interface Answer {
  status: number;
  class: AnswerClass;
  message?: string;
  fields: string[];
}

describe('every operation of the schema, fuzzed with hostile input', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let api: AppProcess;
  let apiUrl: string;

  beforeAll(async () => {
    await sink.start();
    const apiPort = await freePort();
    environment = await createTestEnvironment('redis', {
      SMTP_URL: sink.url,
      API_PORT: String(apiPort),
      NODE_ENV: 'production',
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      // The test reads the live schema the way a client would.
      GRAPHQL_INTROSPECTION: 'true',
      // A captured reply is seeded through the provider's webhook.
      INBOUND_WEBHOOK_SECRET,
      // Errors only: an internal error's log line is printed beside the failure.
      LOG_LEVEL: 'error',
    });
    apiUrl = `http://127.0.0.1:${apiPort}`;
    api = new AppProcess(ENTRY.api, environment.env);
    await api.waitForHealth(`${apiUrl}/health`);
  }, SLOW);

  afterAll(async () => {
    await api?.stop();
    await environment?.cleanUp();
    await sink.stop();
  }, SLOW);

  let calls = 0;
  async function call(token: string, fuzzCase: FuzzCase): Promise<Answer> {
    // A new address each call, so signUp and invitations are not refused as the same one.
    const request = JSON.stringify({ query: fuzzCase.query, variables: fuzzCase.variables })
      .split(BASELINE_EMAIL)
      .join(`fuzz.person.${++calls}@example.org`);
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${token}`,
      },
      body: request,
    });
    const text = await response.text();
    let body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { status: response.status, class: 'other', message: text.slice(0, 200), fields: [] };
    }
    const error = body.errors?.[0];
    if (!error) return { status: response.status, class: 'ok', fields: [] };
    const code = String(error.extensions?.['code'] ?? '');
    const fields = ((error.extensions?.['fields'] ?? []) as Array<{ field: string }>).map(
      (problem) => problem.field,
    );
    return {
      status: response.status,
      class: (CLASSES as string[]).includes(code) ? (code as AnswerClass) : 'other',
      message: error.message.slice(0, 300),
      fields,
    };
  }

  /** What the api logged about the request id an internal error quotes: the cause, in short. */
  function logged(message: string | undefined): string | undefined {
    const requestId = /request id ([0-9a-f-]{36})/.exec(message ?? '')?.[1];
    const line = requestId && api.stdout.find((entry) => entry.includes(requestId));
    if (!line) return undefined;
    // A very long line reaches stdout in pieces: then the piece is what there is to read.
    let entry: { err?: { message?: string } } = {};
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      // not a whole JSON line
    }
    return `logged: ${entry.err?.message?.slice(0, 300) ?? line.slice(0, 300)}`;
  }

  /** Runs `work` on every item, `CONCURRENCY` at a time. */
  async function inPool<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < items.length) await work(items[next++]!);
      }),
    );
  }

  it(
    'answers every hostile input with a client error, and stores nothing bad',
    async () => {
      const started = Date.now();
      const anonymous = new ApiClient(apiUrl);
      const auth = await signUpAdmin(anonymous, 'fuzz-admin', environment.db.adminUrl);
      const admin = anonymous.as(auth.accessToken);
      const { ids, portalToken } = await seedFuzzOrganization(anonymous, admin, auth, sink);

      const introspection = await admin.data<IntrospectionQuery>(getIntrospectionQuery());
      const schema = buildClientSchema(introspection);
      const baselines = {
        ids,
        schoolDay: recentSchoolDay(),
        nonSchoolDay: NON_SCHOOL_DAY,
        instant: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
      };
      const operations: Array<['query' | 'mutation', GraphQLField<unknown, unknown>]> = [
        ...Object.values(schema.getQueryType()!.getFields()).map(
          (field) => ['query', field] as ['query', GraphQLField<unknown, unknown>],
        ),
        ...Object.values(schema.getMutationType()!.getFields()).map(
          (field) => ['mutation', field] as ['mutation', GraphQLField<unknown, unknown>],
        ),
      ];

      const counts = new Map<AnswerClass, number>(CLASSES.map((name) => [name, 0]));
      const baselineCounts = new Map<AnswerClass, number>(CLASSES.map((name) => [name, 0]));
      const failures: string[] = [];
      /** Looked up in the api's log once it is written. */
      const internalErrors: Array<{ where: string; message: string }> = [];
      /** Operations whose baseline was refused: their variants reach less far. */
      const refusedBaselines: string[] = [];
      const covered = new Set<string>();
      let cases = 0;
      const record = (fuzzCase: FuzzCase, answer: Answer) => {
        cases++;
        covered.add(fuzzCase.operation);
        counts.set(answer.class, counts.get(answer.class)! + 1);
        const where = `${fuzzCase.operation} ${fuzzCase.label}`;
        if (answer.status >= 500)
          failures.push(`${where}: HTTP ${answer.status} ${answer.message}`);
        if (answer.class === 'INTERNAL_SERVER_ERROR' || answer.class === 'other') {
          internalErrors.push({
            where: `${where}: ${answer.class}`,
            message: answer.message ?? '',
          });
        }
        if (fuzzCase.refusedOn !== undefined && !answer.fields.includes(fuzzCase.refusedOn)) {
          failures.push(
            `${where}: expected BAD_USER_INPUT on ${fuzzCase.refusedOn}, got ${answer.class} ` +
              `${JSON.stringify(answer.fields)} ${answer.message ?? ''}`,
          );
        }
      };

      const fuzz = async ([kind, field]: (typeof operations)[number]) => {
        const [baseline, ...variants] = casesOf(kind, field, baselines);
        // A guardian's operations are refused to a member: the guardian calls them.
        let token = auth.accessToken;
        if (!DESTRUCTIVE.test(field.name) || ENDS_SESSION.includes(field.name)) {
          let answer = await call(token, baseline!);
          if (['UNAUTHENTICATED', 'FORBIDDEN'].includes(answer.class)) {
            const asGuardian = await call(portalToken, baseline!);
            if (!['UNAUTHENTICATED', 'FORBIDDEN'].includes(asGuardian.class)) {
              token = portalToken;
              answer = asGuardian;
            }
          }
          baselineCounts.set(answer.class, baselineCounts.get(answer.class)! + 1);
          if (answer.class !== 'ok') {
            refusedBaselines.push(`${field.name} ${answer.class}: ${answer.message ?? ''}`);
          }
          record(baseline!, answer);
        }
        for (const fuzzCase of variants) record(fuzzCase, await call(token, fuzzCase));
      };
      await inPool(
        operations.filter(([, field]) => !ENDS_SESSION.includes(field.name)),
        fuzz,
      );
      for (const name of ENDS_SESSION) {
        const operation = operations.find(([, field]) => field.name === name);
        if (operation) await fuzz(operation);
      }

      const stored = await badStoredValues(environment.db.adminUrl);
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const { where, message } of internalErrors) {
        failures.push(`${where} ${logged(message) ?? message}`);
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const inSchema = operations.map(
        ([kind, field]) => `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
      );
      const table = [
        `Input fuzz: ${covered.size} operations of ${inSchema.length} in the schema, ${cases} cases, ${seconds} s`,
        `  answers  ${CLASSES.map((name) => `${name} ${counts.get(name)}`).join(' | ')}`,
        `  baseline ${CLASSES.map((name) => `${name} ${baselineCounts.get(name)}`).join(' | ')}`,
        `  baselines refused (their variants reach less far): ${refusedBaselines.length}`,
        ...refusedBaselines.map((refusal) => `    ${refusal.slice(0, 160)}`),
        `  bad values stored: ${stored.length === 0 ? 'none' : JSON.stringify(stored)}`,
        `  failures: ${failures.length}`,
        ...failures.slice(0, 60).map((failure) => `    ${failure}`),
      ];
      process.stdout.write(`${table.join('\n')}\n`);

      expect(inSchema.filter((name) => !covered.has(name))).toEqual([]);
      expect(failures).toEqual([]);
      expect(stored).toEqual([]);
    },
    10 * 60_000,
  );
});
