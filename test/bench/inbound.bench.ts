/**
 * Mail in at volume: 10,000 school replies sent by SMTP (nodemailer, a pool of 10
 * connections, as a school's server would) to the reply addresses of written requests across
 * 20 organizations, received by the worker's SMTP receiver as the product runs it (its own
 * process, INBOUND_SMTP_PORT set). The time from the first message sent to the last one
 * stored and matched (read from PostgreSQL), then every message checked: kept exactly once in
 * its organization (none lost, none twice — ~1% are delivered twice on purpose, as a sender's
 * retry would), filed as the rules say (REPLY_ADDRESS, THREAD, SENDER_SUGGESTION), automatic
 * replies as AUTO_REPLY, attachments kept — beside a bare smtp-server + mailparser receiving
 * the same messages with the same pool and doing nothing but parsing them, in the same run.
 *
 * The target: 10,000 replies stored and matched in at most 60 seconds on the project's
 * machine (2 cores; PostgreSQL and Redis of this machine). It is printed, PASS or FAIL, and
 * never fails the run: a benchmark prints figures. Lost, duplicated or misfiled messages do.
 *
 * Run: npm run bench:inbound [-- --replies 10000 --organizations 20 --requests 100 --connections 10]
 * The worker logs at the product's default level (info); BENCH_LOG_LEVEL sets another, and
 * its first warnings and errors are printed. BENCH_PROFILE=<dir> writes its CPU profile there.
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { parseArgs } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { createTransport } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { Client } from 'pg';
import { testConfig } from '@onrecord/platform/config/testing';
import { seedCaseRecords } from '@onrecord/migrations/testing';
import { createTestEnvironment, type TestEnvironment } from '@onrecord/platform/testing';
import { replyAddressOf } from '@onrecord/requests';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';
// The worker as the product runs it, in its own process.
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { serverEnv } from './bench-kit';

const INBOUND_DOMAIN = 'inbound.onrecord.bench';
/** The target: this many seconds for 10,000 replies (scaled for other counts). */
const TARGET_SECONDS_PER_10K = 60;
/** A sender's server retries a temporary failure (4xx); this one a few times, quickly. */
const MAX_ATTEMPTS = 5;

type ReplyKind =
  | 'plain text'
  | 'HTML only'
  | 'threaded (letter)'
  | 'threaded (follow-up)'
  | 'auto-reply (header)'
  | 'auto-reply (subject)'
  | 'with attachment'
  | 'to an archived request';

/** What the rules must make of a reply (README "Mail in"). */
interface Expected {
  organizationId: string;
  kind: ReplyKind;
  status: 'UNCLASSIFIED' | 'AUTO_REPLY';
  match: 'REPLY_ADDRESS' | 'THREAD' | 'SENDER_SUGGESTION';
  requestId: string | null;
  suggestedRequestId: string | null;
  attachments: number;
}

interface Reply {
  mail: Mail.Options;
  messageId: string;
  expected: Expected;
}

interface SeededRequest {
  id: string;
  address: string;
  archived: boolean;
  /** The Message-ID of its emailed letter, when OnRecord emailed it. */
  letterId: string | null;
  /** The Message-ID of its sent follow-up, when it has one. */
  followUpId: string | null;
}

interface SeededOrganization {
  id: string;
  contactEmail: string;
  live: SeededRequest[];
  archived: SeededRequest[];
  /** The most recent open request to the contact: what a reply to an archived one suggests. */
  newest: SeededRequest;
}

function options() {
  const { values } = parseArgs({
    options: {
      replies: { type: 'string', default: '10000' },
      organizations: { type: 'string', default: '20' },
      requests: { type: 'string', default: '100' },
      connections: { type: 'string', default: '10' },
    },
    allowPositionals: true,
  });
  const parsed = {
    replies: Number(values.replies),
    organizations: Number(values.organizations),
    requests: Number(values.requests),
    connections: Number(values.connections),
  };
  for (const [name, value] of Object.entries(parsed))
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} must be a whole number ≥ 1`);
  // Threaded replies need another request with a letter and a follow-up, replies to archived
  // requests an archived one: request 10 is the first archived, 4 and 8 have follow-ups.
  if (parsed.requests < 20) throw new Error('--requests must be at least 20');
  return parsed;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** smtp-server keeps its net.Server as `server`; its port once listening on 0. */
async function listen(server: SMTPServer): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return (server as unknown as { server: { address(): { port: number } } }).server.address().port;
}

const close = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

/** The options both receivers share with the worker's: no AUTH, no STARTTLS, 100 clients. */
const RECEIVER: SMTPServerOptions = {
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  logger: false,
  maxClients: 100,
};

/**
 * The baseline: smtp-server and mailparser's simpleParser, with the options the product
 * parses with, and nothing else — no recipient lookup, no storing: the least a receiver can
 * do with a message. It runs in this process, beside the sending pool, so it shares a core
 * with the sender: if anything its rate is understated.
 */
class ParsingOnlySmtp {
  parsed = 0;
  failed = 0;
  readonly seen = new Set<string>();
  private readonly server = new SMTPServer({
    ...RECEIVER,
    // INBOUND_MAX_MESSAGE_BYTES's default, so both announce the same SIZE.
    size: 26_214_400,
    onData: (stream, _session, callback) => {
      simpleParser(stream, { skipTextToHtml: true, skipImageLinks: true }).then(
        (mail) => {
          if (mail.messageId) this.seen.add(mail.messageId);
          this.parsed++;
          callback();
        },
        (error: Error) => {
          this.failed++;
          callback(error);
        },
      );
    },
  });

  start = () => listen(this.server);
  stop = () => close(this.server);
}

/** Where the worker's own outgoing mail goes (a digest, should one fall due): counted, dropped. */
class NullSmtp {
  received = 0;
  private readonly server = new SMTPServer({
    ...RECEIVER,
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => {
        this.received++;
        callback();
      });
    },
  });

  start = () => listen(this.server);
  stop = () => close(this.server);
}

/** What the worker reports of itself: its CPU time and its PostgreSQL round trips. */
interface WorkerStats {
  cpuMs: number;
  queries: number;
  transactions: number;
}

/**
 * Counts the worker's PostgreSQL round trips (every pg query) and transactions (those that
 * begin one): the figures that say where a message's time goes. Installed before the worker
 * opens a connection, so TypeORM's pool and the scopes' own wrapping go through it.
 */
function countQueries(): () => Pick<WorkerStats, 'queries' | 'transactions'> {
  const counts = { queries: 0, transactions: 0 };
  const proto = Client.prototype as unknown as { query(...args: unknown[]): unknown };
  const send = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    counts.queries++;
    const first = args[0];
    const text = typeof first === 'string' ? first : (first as { text?: unknown } | null)?.text;
    if (typeof text === 'string' && /^\s*(BEGIN|START TRANSACTION)\b/i.test(text))
      counts.transactions++;
    return send.apply(this, args);
  };
  return () => ({ ...counts });
}

/** The worker, in the child: WorkerModule as apps/worker/src/main.ts starts it. */
async function serveWorker(): Promise<void> {
  const counted = countQueries();
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(testConfig(serverEnv())),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  await app.init();
  process.on('message', (message: unknown) => {
    if (message !== 'stats') return;
    const cpu = process.cpuUsage();
    const stats: WorkerStats = { cpuMs: (cpu.user + cpu.system) / 1000, ...counted() };
    process.send?.({ stats });
  });
  process.send?.({ ready: true });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void app.close().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  // The bench gone (killed, crashed): the worker must not outlive it.
  process.once('disconnect', stop);
}

/** Asks the worker for its figures so far. */
function workerStats(worker: ChildProcess): Promise<WorkerStats> {
  return new Promise((resolve) => {
    const listener = (message: { stats?: WorkerStats }) => {
      if (!message.stats) return;
      worker.off('message', listener);
      resolve(message.stats);
    };
    worker.on('message', listener);
    worker.send('stats');
  });
}

/**
 * A superuser connection to the bench's database. Dropping the database (cleaning up after an
 * interruption) ends it from the server's side: that error is expected, not a crash.
 */
async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** Organizations with a case, a school contact, a policy that sends nothing by itself. */
async function seedOrganizations(
  adminUrl: string,
  count: number,
  perOrganization: number,
): Promise<SeededOrganization[]> {
  const client = await connect(adminUrl);
  const organizations: SeededOrganization[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const userId = randomUUID();
      const contactEmail = `principal-${i}@school.bench.example.org`;
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO app_user (id, email, name, password_hash) VALUES ($1, $2, $3, 'x')`,
        [userId, `advocate-${i}@bench.example.org`, `Advocate ${i}`],
      );
      await client.query(
        `INSERT INTO organization (id, name, time_zone, home_state) VALUES ($1, $2, 'America/Chicago', 'TX')`,
        [id, `Bench organization ${i}`],
      );
      const membership = await client.query<{ id: string }>(
        `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'ADVOCATE') RETURNING id`,
        [id, userId],
      );
      const records = await seedCaseRecords(client, id, membership.rows[0]!.id, `bench-${i}`);
      // The seed's one-of-everything is for isolation tests: its captured reply would be
      // counted with the bench's, its follow-up and rule override are not data to meet, and
      // with its case assigned the worker would send the advocate a digest mid-run.
      await client.query(`DELETE FROM inbound_message WHERE organization_id = $1`, [id]);
      await client.query(`DELETE FROM case_assignment WHERE organization_id = $1`, [id]);
      await client.query(`DELETE FROM follow_up WHERE organization_id = $1`, [id]);
      await client.query(`DELETE FROM deadline_rule_override WHERE organization_id = $1`, [id]);
      await client.query(
        `UPDATE follow_up_policy SET remind_advocates = false, notify_guardians = false
          WHERE organization_id = $1`,
        [id],
      );
      await client.query(`UPDATE school_contact SET email = $2 WHERE id = $1`, [
        records.contactId,
        contactEmail,
      ]);
      organizations.push({
        ...(await seedRequests(client, id, records.caseId, records.contactId, perOrganization)),
        id,
        contactEmail,
      });
      await client.query('COMMIT');
    }
  } finally {
    await client.end();
  }
  return organizations;
}

/**
 * `count` requests sent to the contact, due in a month (nothing is owed: the worker has only
 * mail in to do). The database gives each its reply address. Every second one was emailed by
 * OnRecord (a letter Message-ID, its letter on record as sent), every fourth also has a
 * follow-up sent (its Message-ID), every twentieth (from the tenth) is archived. Request 1
 * was sent last: the one a reply from the contact to an archived request suggests.
 */
async function seedRequests(
  client: Client,
  organizationId: string,
  caseId: string,
  contactId: string,
  count: number,
): Promise<Pick<SeededOrganization, 'live' | 'archived' | 'newest'>> {
  const rows = await client.query<{
    id: string;
    n: number;
    archived: boolean;
    letter_id: string | null;
    follow_up_id: string | null;
  }>(
    `WITH r AS (
       INSERT INTO written_request (organization_id, case_id, type, subject, body, status, channel,
                                    sent_on, received_on, due_on, due_at, email_message_id,
                                    sent_from_onrecord, archived_at)
       SELECT $1, $2, 'RECORDS', 'Records request ' || n, 'Please send the records.', 'SENT', 'EMAIL',
              current_date - CASE WHEN n = 1 THEN 1 ELSE 30 END,
              current_date - CASE WHEN n = 1 THEN 1 ELSE 30 END,
              current_date + 30, now() + interval '30 days',
              CASE WHEN n % 2 = 0 THEN '<letter-' || n || '-' || $1::uuid::text || '@onrecord.bench>' END,
              n % 2 = 0,
              CASE WHEN n % 20 = 10 THEN now() END
         FROM generate_series(1, $4::int) n
       RETURNING id, subject, email_message_id, archived_at),
     rr AS (
       INSERT INTO request_recipient (organization_id, request_id, contact_id, position)
       SELECT $1, r.id, $3, 1 FROM r),
     f AS (
       INSERT INTO follow_up (organization_id, case_id, request_id, item_key, kind, sequence,
                              recipients, scheduled_at, status, sent_at, message_id, attempts)
       SELECT $1, $2, r.id, 'request/' || r.id, 'SCHOOL_FOLLOW_UP', 1, '[]'::jsonb,
              now() - interval '10 days', 'SENT', now() - interval '10 days',
              '<follow-up-' || r.id || '@onrecord.bench>', 1
         FROM r WHERE split_part(r.subject, ' ', 3)::int % 4 = 0
       RETURNING request_id, message_id),
     -- A request emailed from OnRecord has its letter on record as sent: without it, the
     -- first reply's replan (the reply hold) would find the letter owed and send it mid-run.
     l AS (
       INSERT INTO follow_up (organization_id, case_id, request_id, item_key, kind, sequence,
                              recipients, scheduled_at, status, sent_at, message_id, attempts)
       SELECT $1, $2, r.id, 'request/' || r.id, 'REQUEST_LETTER', 1, '[]'::jsonb,
              now() - interval '30 days', 'SENT', now() - interval '30 days', r.email_message_id, 1
         FROM r WHERE r.email_message_id IS NOT NULL)
     SELECT r.id, split_part(r.subject, ' ', 3)::int AS n, r.archived_at IS NOT NULL AS archived,
            r.email_message_id AS letter_id, f.message_id AS follow_up_id
       FROM r LEFT JOIN f ON f.request_id = r.id ORDER BY n`,
    [organizationId, caseId, contactId, count],
  );
  // The trigger's tokens, read back now that the statement above has run.
  const tokens = await client.query<{ request_id: string; token: string }>(
    `SELECT request_id, token FROM request_reply_address WHERE organization_id = $1`,
    [organizationId],
  );
  const tokenOf = new Map(tokens.rows.map((t) => [t.request_id, t.token]));
  const requests: SeededRequest[] = rows.rows.map((row) => {
    const token = tokenOf.get(row.id);
    if (!token) throw new Error(`request ${row.id} has no reply address`);
    return {
      id: row.id,
      address: replyAddressOf(token, INBOUND_DOMAIN),
      archived: row.archived,
      letterId: row.letter_id,
      followUpId: row.follow_up_id,
    };
  });
  return {
    live: requests.filter((r) => !r.archived),
    archived: requests.filter((r) => r.archived),
    newest: requests[0]!,
  };
}

/** A few KB that look like a PDF to a mail program. */
function pdfLike(index: number): Buffer {
  return Buffer.concat([
    Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1'),
    randomBytes(2048 + (index % 4) * 1024),
    Buffer.from('\n%%EOF\n'),
  ]);
}

const SENTENCE = 'We received your request and will send the records within the timeline. ';

/**
 * The replies, in the order they are sent, kinds mixed by index (per 20: 8 plain text, 3
 * HTML only, 2 threaded to another request's letter, 1 to another's follow-up, 1 automatic
 * by header, 1 by subject, 3 with an attachment, 1 to an archived request's address).
 */
function makeReplies(organizations: SeededOrganization[], count: number): Reply[] {
  const replies: Reply[] = [];
  for (let i = 0; i < count; i++) {
    const org = organizations[i % organizations.length]!;
    const round = Math.floor(i / organizations.length);
    const slot = i % 20;
    const kind: ReplyKind =
      slot < 8
        ? 'plain text'
        : slot < 11
          ? 'HTML only'
          : slot < 13
            ? 'threaded (letter)'
            : slot === 13
              ? 'threaded (follow-up)'
              : slot === 14
                ? 'auto-reply (header)'
                : slot === 15
                  ? 'auto-reply (subject)'
                  : slot < 19
                    ? 'with attachment'
                    : 'to an archived request';
    const pool = kind === 'to an archived request' ? org.archived : org.live;
    const request = pool[round % pool.length]!;
    const messageId = `<reply-${i}-${randomUUID()}@school.bench.example.org>`;
    const mail: Mail.Options = {
      from: `Pat Principal <${org.contactEmail}>`,
      to: request.address,
      subject: 'Re: Records request',
      messageId,
      date: new Date(),
      text: SENTENCE.repeat(1 + (i % 5)),
    };
    const expected: Expected = {
      organizationId: org.id,
      kind,
      status: 'UNCLASSIFIED',
      match: 'REPLY_ADDRESS',
      requestId: request.id,
      suggestedRequestId: null,
      attachments: 0,
    };
    switch (kind) {
      case 'HTML only':
        delete mail.text;
        mail.html = `<html><body>${`<p>${SENTENCE}</p>`.repeat(1 + (i % 5))}<p>Pat</p></body></html>`;
        break;
      case 'threaded (letter)':
      case 'threaded (follow-up)': {
        // Another request's letter or follow-up: THREAD files it there, not at the address's.
        const key = kind === 'threaded (letter)' ? 'letterId' : 'followUpId';
        const named = org.live.filter((r) => r[key] && r.id !== request.id);
        const target = named[round % named.length]!;
        mail.inReplyTo = target[key]!;
        mail.references = [target.letterId, target[key]].filter((id): id is string => !!id);
        expected.match = 'THREAD';
        expected.requestId = target.id;
        break;
      }
      case 'auto-reply (header)':
        mail.headers = { 'Auto-Submitted': 'auto-replied' };
        mail.text = 'I am away from school until Monday and will answer when I am back.';
        expected.status = 'AUTO_REPLY';
        break;
      case 'auto-reply (subject)':
        mail.subject = 'Out of Office: Re: Records request';
        mail.text = 'I am out of the office this week.';
        expected.status = 'AUTO_REPLY';
        break;
      case 'with attachment':
        mail.attachments = [
          { filename: `records-${i}.pdf`, content: pdfLike(i), contentType: 'application/pdf' },
        ];
        expected.attachments = 1;
        break;
      case 'to an archived request':
        expected.match = 'SENDER_SUGGESTION';
        expected.requestId = null;
        expected.suggestedRequestId = org.newest.id;
        break;
      default:
        break;
    }
    replies.push({ mail, messageId, expected });
  }
  return replies;
}

/**
 * What is sent: every reply, and ~1% of them a second time with the same Message-ID, as a
 * sender's retry or a second delivery would — half right behind the first (likely at the same
 * time, on another connection), half 50 messages later (after the first was kept).
 */
function sendOrder(replies: Reply[]): { order: Mail.Options[]; twice: number } {
  const order: Mail.Options[] = [];
  const later = new Map<number, Mail.Options[]>();
  let twice = 0;
  for (const [i, reply] of replies.entries()) {
    order.push(reply.mail);
    for (const copy of later.get(i) ?? []) order.push(copy);
    if (i % 100 !== 37) continue;
    twice++;
    if (twice % 2) order.push({ ...reply.mail });
    else later.set(i + 50, [...(later.get(i + 50) ?? []), { ...reply.mail }]);
  }
  for (const [i, copies] of later) if (i >= replies.length) order.push(...copies);
  return { order, twice };
}

interface Sending {
  startedAt: number;
  /** When the last message was answered (250 or finally refused). */
  finishedAt: number;
  accepted: number;
  /** Temporary failures (4xx) retried, as a sender's server would. */
  retried: number;
  refused: Array<{ messageId: string; answer: string }>;
}

/** Sends `order` over one nodemailer pool of `connections`, as a school's server would. */
async function sendAll(port: number, order: Mail.Options[], connections: number) {
  const transport = createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: connections,
  });
  const sending: Sending = {
    startedAt: Date.now(),
    finishedAt: 0,
    accepted: 0,
    retried: 0,
    refused: [],
  };
  const deliver = async (mail: Mail.Options) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await transport.sendMail(mail);
        sending.accepted++;
        return;
      } catch (error) {
        // 0: no SMTP answer at all (a connection dropped), which a sender also retries.
        const code = (error as { responseCode?: number }).responseCode ?? 0;
        const temporary = code === 0 || (code >= 400 && code < 500);
        if (temporary && attempt < MAX_ATTEMPTS) {
          sending.retried++;
          await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
          continue;
        }
        sending.refused.push({
          messageId: String(mail.messageId),
          answer: (error as Error).message,
        });
        return;
      }
    }
  };
  try {
    await Promise.all(order.map(deliver));
  } finally {
    sending.finishedAt = Date.now();
    transport.close();
  }
  return sending;
}

interface Progress {
  stored: number;
  matched: number;
  /** When the last row was written (stored or matched), ms since the epoch. */
  lastWriteAt: number;
}

async function progress(client: Client): Promise<Progress> {
  const { rows } = await client.query<{ stored: number; matched: number; last: number | null }>(
    `SELECT count(*)::int AS stored, count(match)::int AS matched,
            (extract(epoch FROM max(greatest(received_at, updated_at))) * 1000)::float8 AS last
       FROM inbound_message`,
  );
  const row = rows[0]!;
  return { stored: row.stored, matched: row.matched, lastWriteAt: row.last ?? 0 };
}

/**
 * Waits for the worker's catch-up after the seeding — the report summary of the seeded
 * requests (request_outcome), refreshed as it starts — so the clock measures mail in alone.
 */
async function waitForCatchUp(client: Client): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const { rows } = await client.query<{ stale: number }>(
      `SELECT count(*)::int AS stale FROM request_outcome WHERE changes <> refreshed_changes`,
    );
    if (rows[0]!.stale === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  // Its last transaction committing, and the startup sweep's.
  await new Promise((resolve) => setTimeout(resolve, 1000));
}

/**
 * Polls PostgreSQL (as superuser, past row-level security) until every distinct reply is
 * stored and matched, calling `everySecond` every tenth poll; gives up 15 s after the sender
 * finished with nothing new, or after BENCH_WAIT_MS.
 */
async function waitUntilKept(
  client: Client,
  expected: number,
  sent: Promise<Sending>,
  everySecond: () => Promise<void>,
): Promise<{ done: boolean; last: Progress }> {
  let senderDone = false;
  void sent.then(
    () => (senderDone = true),
    () => (senderDone = true),
  );
  const deadline = Date.now() + Number(process.env['BENCH_WAIT_MS'] ?? 600_000);
  let last: Progress = { stored: 0, matched: 0, lastWriteAt: 0 };
  let stalledSince = Date.now();
  for (let poll = 1; Date.now() < deadline; poll++) {
    if (poll % 10 === 0) await everySecond();
    const now = await progress(client);
    if (now.stored !== last.stored || now.matched !== last.matched) stalledSince = Date.now();
    last = now;
    if (now.stored >= expected && now.matched >= expected) return { done: true, last };
    if (senderDone && Date.now() - stalledSince > 15_000) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { done: false, last };
}

interface Verdict {
  lines: Array<[string, string, string]>;
  failures: string[];
}

/** Every reply against what was kept, one organization at a time. */
async function verify(client: Client, replies: Reply[], twice: number): Promise<Verdict> {
  const { rows } = await client.query<{
    organization_id: string;
    message_id: string;
    status: string;
    match: string | null;
    request_id: string | null;
    suggested_request_id: string | null;
    attachments: number;
  }>(
    `SELECT m.organization_id, m.message_id, m.status, m.match, m.request_id,
            m.suggested_request_id,
            (SELECT count(*)::int FROM inbound_attachment a
              WHERE a.organization_id = m.organization_id AND a.message_id = m.id) AS attachments
       FROM inbound_message m`,
  );
  const kept = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = `${row.organization_id} ${row.message_id}`;
    kept.set(key, [...(kept.get(key) ?? []), row]);
  }
  const expectedKeys = new Set(replies.map((r) => `${r.expected.organizationId} ${r.messageId}`));
  let lost = 0;
  let duplicated = 0;
  let misfiled = 0;
  let wrongStatus = 0;
  let wrongAttachments = 0;
  const examples: string[] = [];
  const byMatch = new Map<string, { expected: number; found: number }>();
  const byStatus = new Map<string, { expected: number; found: number }>();
  const count = (map: typeof byMatch, key: string, field: 'expected' | 'found') => {
    const entry = map.get(key) ?? { expected: 0, found: 0 };
    entry[field]++;
    map.set(key, entry);
  };
  for (const reply of replies) {
    const want = reply.expected;
    count(byMatch, want.match, 'expected');
    count(byStatus, want.status, 'expected');
    const found = kept.get(`${want.organizationId} ${reply.messageId}`) ?? [];
    if (found.length === 0) {
      lost++;
      if (examples.length < 5) examples.push(`lost: ${reply.messageId} (${want.kind})`);
      continue;
    }
    if (found.length > 1) duplicated += found.length - 1;
    const row = found[0]!;
    count(byMatch, row.match ?? 'none (triage)', 'found');
    count(byStatus, row.status, 'found');
    if (
      row.match !== want.match ||
      row.request_id !== want.requestId ||
      row.suggested_request_id !== want.suggestedRequestId
    ) {
      misfiled++;
      if (examples.length < 5)
        examples.push(
          `misfiled: ${reply.messageId} (${want.kind}) ${row.match}/${row.request_id}/${row.suggested_request_id}, expected ${want.match}/${want.requestId}/${want.suggestedRequestId}`,
        );
    }
    if (row.status !== want.status) wrongStatus++;
    if (row.attachments !== want.attachments) wrongAttachments++;
  }
  // Kept but never sent to that organization (a copy under another's, a stray).
  const unexpected = rows.filter(
    (row) => !expectedKeys.has(`${row.organization_id} ${row.message_id}`),
  ).length;
  const expectedAttachments = replies.reduce((n, r) => n + r.expected.attachments, 0);
  const attachmentsKept = rows.reduce((n, r) => n + r.attachments, 0);
  const sentTwiceKeptOnce = replies
    .filter((_, i) => i % 100 === 37)
    .filter(
      (r) => (kept.get(`${r.expected.organizationId} ${r.messageId}`) ?? []).length === 1,
    ).length;
  const n = (value: number) => value.toLocaleString('en-US');
  const lines: Array<[string, string, string]> = [
    ['replies kept (distinct Message-IDs)', n(replies.length), n(kept.size)],
    ['lost', '0', n(lost)],
    ['kept twice (duplicated)', '0', n(duplicated)],
    ['kept but not sent there', '0', n(unexpected)],
    ['sent twice, kept once', n(twice), n(sentTwiceKeptOnce)],
    ...[...byMatch].map(([match, c]): [string, string, string] => [
      `match ${match}`,
      n(c.expected),
      n(c.found),
    ]),
    ['filed under another request than expected', '0', n(misfiled)],
    ...[...byStatus].map(([status, c]): [string, string, string] => [
      `status ${status}`,
      n(c.expected),
      n(c.found),
    ]),
    ['attachments kept', n(expectedAttachments), n(attachmentsKept)],
  ];
  const failures = [
    ...(lost ? [`${lost} lost`] : []),
    ...(duplicated ? [`${duplicated} duplicated`] : []),
    ...(unexpected ? [`${unexpected} kept where not sent`] : []),
    ...(sentTwiceKeptOnce !== twice ? ['a message sent twice was not kept once'] : []),
    ...(misfiled ? [`${misfiled} misfiled`] : []),
    ...(wrongStatus ? [`${wrongStatus} with the wrong status`] : []),
    ...(wrongAttachments ? [`${wrongAttachments} with the wrong attachments`] : []),
    ...examples,
  ];
  return { lines, failures };
}

/**
 * CPU time (ms) of the PostgreSQL backends serving the bench's database, other than this
 * connection, by pid: read from /proc (PostgreSQL of this machine), in clock ticks of 10 ms
 * (Linux's USER_HZ). Empty when /proc does not have them.
 */
async function postgresCpu(client: Client): Promise<Map<number, number>> {
  const { rows } = await client.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      // The fields after the command's closing parenthesis; utime and stime are 14th and 15th.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // Gone, or PostgreSQL is not on this machine.
    }
  }
  return cpu;
}

/**
 * PostgreSQL's CPU for the worker over the run, read every second: a connection the pool
 * closes when idle takes its figures with it, so each backend's latest reading is kept. A
 * backend first seen after the start was opened during the run: all of its time counts.
 */
class PostgresCpu {
  private readonly first = new Map<number, number>();
  private readonly latest = new Map<number, number>();
  private started = false;

  constructor(private readonly client: Client) {}

  async start(): Promise<void> {
    await this.sample();
    this.started = true;
  }

  async sample(): Promise<void> {
    for (const [pid, ms] of await postgresCpu(this.client)) {
      if (!this.first.has(pid)) this.first.set(pid, this.started ? 0 : ms);
      this.latest.set(pid, ms);
    }
  }

  get spentMs(): number {
    return [...this.latest].reduce((sum, [pid, ms]) => sum + ms - (this.first.get(pid) ?? 0), 0);
  }
}

/** The worker's log lines at warn and above (pino JSON on stdout), counted, first few kept. */
function watchLogs(worker: ChildProcess) {
  const logs = { lines: 0, warnings: 0, errors: 0, first: [] as string[] };
  const lines = createInterface({ input: worker.stdout! });
  lines.on('line', (line) => {
    logs.lines++;
    // Only warnings and errors are read: parsing every info line would load this process.
    if (!/"level":(4|5|6)\d/.test(line)) return;
    let entry: { level?: number; msg?: string; err?: { message?: string } };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      return;
    }
    if ((entry.level ?? 0) >= 50) logs.errors++;
    else if ((entry.level ?? 0) >= 40) logs.warnings++;
    else return;
    if (logs.first.length < 5)
      logs.first.push(`${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}`);
  });
  return logs;
}

/** Forks the worker; the caller holds it at once, so it is stopped even if it never gets ready. */
function startWorker(env: Record<string, string>): ChildProcess {
  return fork(__filename, ['serve'], {
    env: { ...process.env, BENCH_ENV: JSON.stringify(env) },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    // BENCH_PROFILE=<dir>: the worker writes a CPU profile there when it stops.
    execArgv: process.env['BENCH_PROFILE']
      ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
      : process.execArgv,
  });
}

function workerReady(worker: ChildProcess): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('exit', (code) => reject(new Error(`the worker exited with ${code}`)));
  });
}

async function stopWorker(worker: ChildProcess | undefined): Promise<void> {
  if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGTERM');
  // A worker that does not stop in time is killed: the bench must not leave it behind.
  const timer = setTimeout(() => worker.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}

const pad = (text: string, width: number) => text.padStart(width);
const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);

async function main(): Promise<number> {
  const opts = options();
  const loadAtStart = loadavg()[0]!;
  const baseline = new ParsingOnlySmtp();
  const outgoing = new NullSmtp();
  let environment: TestEnvironment | undefined;
  let worker: ChildProcess | undefined;
  let setUp = false;
  let cleaned: Promise<void> | undefined;
  // Everything this run created, undone once, whether it ends, fails or is interrupted.
  const cleanUp = () =>
    (cleaned ??= (async () => {
      await stopWorker(worker).catch((error: unknown) => console.error(error));
      await environment?.cleanUp().catch((error: unknown) => console.error(error));
      if (setUp) await globalTeardown().catch((error: unknown) => console.error(error));
      await baseline.stop();
      await outgoing.stop();
    })());
  const interrupted = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: cleaning up…`);
    void cleanUp().then(() => {
      console.error('cleaned up');
      process.exit(130);
    });
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const baselinePort = await baseline.start();
    const outgoingPort = await outgoing.start();
    const inboundPort = await freePort();
    await globalSetup();
    setUp = true;
    environment = await createTestEnvironment('redis', {
      // The product's default level: its log lines are part of what a message costs.
      LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'info',
      PUBLIC_URL: 'http://onrecord.bench',
      SMTP_URL: `smtp://127.0.0.1:${outgoingPort}`,
      MAIL_FROM: 'OnRecord <no-reply@onrecord.bench>',
      INBOUND_MAIL_DOMAIN: INBOUND_DOMAIN,
      INBOUND_SMTP_PORT: String(inboundPort),
    });
    console.log(`seeding ${opts.organizations} organizations × ${opts.requests} sent requests…`);
    const organizations = await seedOrganizations(
      environment.db.adminUrl,
      opts.organizations,
      opts.requests,
    );
    const replies = makeReplies(organizations, opts.replies);
    const { order, twice } = sendOrder(replies);

    console.log(`baseline: ${order.length} messages to smtp-server + simpleParser…`);
    const bare = await sendAll(baselinePort, order, opts.connections);
    const bareMs = bare.finishedAt - bare.startedAt;

    worker = startWorker(environment.env);
    const logs = watchLogs(worker);
    await workerReady(worker);
    console.log(`OnRecord: ${order.length} messages to the worker's SMTP receiver…`);
    const check = await connect(environment.db.adminUrl);
    try {
      await waitForCatchUp(check);
      const before = await workerStats(worker);
      const linesBefore = logs.lines;
      const postgres = new PostgresCpu(check);
      await postgres.start();
      const sending = sendAll(inboundPort, order, opts.connections);
      const { done, last } = await waitUntilKept(check, replies.length, sending, () =>
        postgres.sample(),
      );
      const sent = await sending;
      const after = await workerStats(worker);
      const linesAfter = logs.lines;
      await postgres.sample();
      const postgresMs = postgres.spentMs;
      // A second copy still on its way would show here: let the receiver settle first.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const verdict = await verify(check, replies, twice);
      const productMs = (done ? last.lastWriteAt : Date.now()) - sent.startedAt;
      const targetSeconds = (TARGET_SECONDS_PER_10K * replies.length) / 10_000;
      const pass = done && productMs / 1000 <= targetSeconds;

      console.log('');
      console.log(
        `mail in: ${replies.length.toLocaleString('en-US')} replies (+${twice} sent twice) to ` +
          `${opts.organizations * opts.requests} requests across ${opts.organizations} ` +
          `organizations, ${opts.connections} SMTP connections, one worker process, Node ${process.version}, ` +
          // Other work on the machine shows in the figures: say how busy it was.
          `${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start`,
      );
      console.log(
        `${'variant'.padEnd(54)}${pad('messages', 9)}${pad('seconds', 9)}${pad('msgs/s', 8)}${pad('last 250 s', 12)}`,
      );
      console.log(
        `${'OnRecord worker (first sent → last stored & matched)'.padEnd(54)}` +
          `${pad(String(sent.accepted), 9)}${pad((productMs / 1000).toFixed(1), 9)}` +
          `${pad(String(rate(order.length, productMs)), 8)}` +
          `${pad(((sent.finishedAt - sent.startedAt) / 1000).toFixed(1), 12)}`,
      );
      console.log(
        `${'smtp-server + simpleParser alone (baseline)'.padEnd(54)}` +
          `${pad(String(baseline.parsed), 9)}${pad((bareMs / 1000).toFixed(1), 9)}` +
          `${pad(String(rate(order.length, bareMs)), 8)}${pad((bareMs / 1000).toFixed(1), 12)}`,
      );
      const per = (value: number) => (value / order.length).toFixed(1);
      console.log(
        `per message: ${per(after.cpuMs - before.cpuMs)} ms of the worker's CPU and ` +
          `${per(postgresMs)} ms of PostgreSQL's (its backends), ` +
          `${per(after.queries - before.queries)} PostgreSQL round trips in ` +
          `${per(after.transactions - before.transactions)} transactions, ` +
          `${per(linesAfter - linesBefore)} log lines`,
      );
      console.log(
        `OnRecord takes ${(productMs / bareMs).toFixed(1)}× the baseline's time. Target: ` +
          `${replies.length.toLocaleString('en-US')} replies in ≤ ${targetSeconds.toFixed(1)} s ` +
          `(${TARGET_SECONDS_PER_10K} s per 10,000): ${pass ? 'PASS' : 'FAIL'}` +
          (done ? '' : ' (not all stored and matched)'),
      );
      console.log('');
      const checks: Array<[string, string, string]> = [
        ...verdict.lines,
        ['temporary failures (4xx), retried', '-', String(sent.retried)],
        ['refused (5xx)', '0', String(sent.refused.length)],
        ['worker warnings / errors logged', '0 / 0', `${logs.warnings} / ${logs.errors}`],
        [
          'baseline: parse failures / distinct IDs',
          `0 / ${replies.length}`,
          `${baseline.failed} / ${baseline.seen.size}`,
        ],
        ["worker's own outgoing mail", '0', String(outgoing.received)],
      ];
      console.log(`${'check'.padEnd(44)}${pad('expected', 12)}${pad('found', 12)}`);
      for (const [label, expected, found] of checks)
        console.log(`${label.padEnd(44)}${pad(expected, 12)}${pad(found, 12)}`);
      for (const line of logs.first) console.log(`  worker: ${line}`);
      for (const refusal of sent.refused.slice(0, 5))
        console.log(`  refused: ${refusal.messageId} ${refusal.answer}`);
      const failures = [
        ...verdict.failures,
        ...(sent.refused.length ? [`${sent.refused.length} refused`] : []),
        // Mail going out mid-run would be measured as mail in: the seed owes nothing.
        ...(outgoing.received ? [`${outgoing.received} sent by the worker`] : []),
      ];
      if (failures.length) {
        console.log(`\nFAILED: ${failures.join('; ')}`);
        return 1;
      }
      return 0;
    } finally {
      await check.end().catch(() => undefined);
    }
  } finally {
    await cleanUp();
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

if (process.argv[2] === 'serve') void serveWorker();
else
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
