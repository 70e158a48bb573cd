/**
 * The follow-up engine at volume: 10,000 overdue written requests across 50 organizations,
 * their follow-ups made owed at once; the time from then (the next sweep is at most a second
 * away) to the last message accepted by a local SMTP server, with duplicates and missing
 * messages counted — beside the raw rate at which nodemailer alone sends 10,000 messages to
 * the same server, in the same run, with the same connection pool.
 *
 * One worker process (as in production), PostgreSQL and Redis of this machine.
 *
 * Run: npm run bench:follow-ups [-- --organizations 50 --requests 200]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { createTransport } from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import { Client } from 'pg';
import { testConfig } from '@onrecord/platform/config/testing';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';
// The worker as the product runs it, in its own process.
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { seedCaseRecords } from '@onrecord/migrations/testing';
import { createTestEnvironment } from '@onrecord/platform/testing';
import { cpuMilliseconds, serverEnv } from './bench-kit';

/** An SMTP server that only counts: Message-IDs of messages to schools as they are accepted, and when. */
class CountingSmtp {
  readonly seen = new Map<string, number>();
  accepted = 0;
  lastAcceptedAt = 0;
  private server?: SMTPServer;

  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      maxClients: 100,
      onData: (stream, session, callback) => {
        // Follow-ups go to the schools' principals; advocates' digests are not counted.
        const counted = session.envelope.rcptTo.some((r) => r.address.startsWith('principal-'));
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (head.length < 4096) head += chunk.toString('utf8');
        });
        stream.on('end', () => {
          if (!counted) return callback();
          const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? `none-${this.accepted}`;
          this.seen.set(id, (this.seen.get(id) ?? 0) + 1);
          this.accepted++;
          this.lastAcceptedAt = Date.now();
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    const port = (
      this.server as unknown as { server: { address(): { port: number } } }
    ).server.address().port;
    return `smtp://127.0.0.1:${port}`;
  }

  reset(): void {
    this.seen.clear();
    this.accepted = 0;
    this.lastAcceptedAt = 0;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server?.close(() => resolve()));
  }
}

async function serveWorker(): Promise<void> {
  const app = await NestFactory.createApplicationContext(
    WorkerModule.forRoot(testConfig(serverEnv())),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  await app.init();
  process.send?.({ ready: true });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

function options() {
  const { values } = parseArgs({
    options: {
      organizations: { type: 'string', default: '50' },
      requests: { type: 'string', default: '200' },
    },
    allowPositionals: true,
  });
  return { organizations: Number(values.organizations), requests: Number(values.requests) };
}

/** Organizations with a case each, a school contact with an address, a policy that sends at any time. */
async function seedOrganizations(adminUrl: string, count: number) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  const organizations: Array<{ id: string; caseId: string; contactId: string }> = [];
  try {
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      const userId = randomUUID();
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
      // The seed's one-of-everything is for isolation tests: its follow-up and its placeholder
      // rule override are not data a worker should meet.
      await client.query(`DELETE FROM follow_up WHERE organization_id = $1`, [id]);
      await client.query(`DELETE FROM deadline_rule_override WHERE organization_id = $1`, [id]);
      await client.query(
        `UPDATE follow_up_policy SET sending_window_start = '00:00', sending_window_end = '24:00',
                sending_days = 'EVERY_DAY', notify_guardians = false WHERE organization_id = $1`,
        [id],
      );
      await client.query(`UPDATE school_contact SET email = $2 WHERE id = $1`, [
        records.contactId,
        `principal-${i}@school.bench.example.org`,
      ]);
      await client.query(
        `INSERT INTO case_assignment (organization_id, case_id, membership_id)
         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [id, records.caseId, membership.rows[0]!.id],
      );
      await client.query('COMMIT');
      organizations.push({ id, caseId: records.caseId, contactId: records.contactId });
    }
  } finally {
    await client.end();
  }
  return organizations;
}

/** `perOrganization` overdue requests in each organization, sent to its contact, unanswered. */
async function seedRequests(
  adminUrl: string,
  organizations: Array<{ id: string; caseId: string; contactId: string }>,
  perOrganization: number,
): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    for (const org of organizations) {
      await client.query(
        `WITH r AS (
           INSERT INTO written_request (organization_id, case_id, type, subject, body, status, channel,
                                        sent_on, received_on, due_on, due_at)
           SELECT $1, $2, 'RECORDS', 'Records request ' || n, 'Please send the records.', 'SENT', 'EMAIL',
                  current_date - 60, current_date - 60, current_date - 15, now() - interval '15 days'
             FROM generate_series(1, $4::int) n RETURNING id)
         INSERT INTO request_recipient (organization_id, request_id, contact_id, position)
         SELECT $1, r.id, $3, 1 FROM r`,
        [org.id, org.caseId, org.contactId, perOrganization],
      );
    }
  } finally {
    await client.end();
  }
}

/**
 * The follow-ups of every overdue request, owed now, in one transaction: what the planner
 * writes when such requests are recorded. Returns the instant they became owed.
 */
async function makeOwed(adminUrl: string): Promise<number> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO follow_up (organization_id, case_id, request_id, item_key, kind, sequence,
                              recipients, scheduled_at, status)
       SELECT r.organization_id, r.case_id, r.id, 'request/' || r.id, 'SCHOOL_FOLLOW_UP', 1,
              jsonb_build_array(jsonb_build_object('name', c.name, 'email', c.email, 'contactId', c.id)),
              now() - interval '14 days', 'PLANNED'
         FROM written_request r
         JOIN request_recipient rr ON rr.request_id = r.id
         JOIN school_contact c ON c.id = rr.contact_id
        WHERE r.status = 'SENT' AND r.subject LIKE 'Records request %'`,
    );
    return Date.now();
  } finally {
    await client.end();
  }
}

async function waitFor(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (test()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return test();
}

/** nodemailer alone: the same pool settings as the worker's mail service. */
async function rawNodemailer(url: string, count: number): Promise<number> {
  const transport = createTransport({ url, pool: true, maxConnections: 5 } as Parameters<
    typeof createTransport
  >[0]);
  const started = Date.now();
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      transport.sendMail({
        from: 'OnRecord <no-reply@bench.example.org>',
        to: `principal-${i % 50}@school.bench.example.org`,
        subject: `Raw message ${i}`,
        text: 'A follow-up of about the same size. '.repeat(40),
        html: `<p>${'A follow-up of about the same size. '.repeat(40)}</p>`,
        messageId: `<raw-${i}@bench.example.org>`,
      }),
    ),
  );
  transport.close();
  return Date.now() - started;
}

async function main(): Promise<void> {
  const { organizations: orgCount, requests: perOrganization } = options();
  const total = orgCount * perOrganization;
  const smtp = new CountingSmtp();
  const smtpUrl = await smtp.start();
  await globalSetup();
  const environment = await createTestEnvironment('redis', {
    LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'silent',
    PUBLIC_URL: 'http://onrecord.bench',
    SMTP_URL: smtpUrl,
    MAIL_FROM: 'OnRecord <no-reply@bench.example.org>',
    FOLLOW_UP_SWEEP_MS: '1000',
    DATABASE_POOL_SIZE: process.env['BENCH_POOL'] ?? '10',
  });
  let worker: ChildProcess | undefined;
  try {
    console.log(`seeding ${orgCount} organizations × ${perOrganization} overdue requests…`);
    const organizations = await seedOrganizations(environment.db.adminUrl, orgCount);
    await seedRequests(environment.db.adminUrl, organizations, perOrganization);

    const rawMs = await rawNodemailer(smtpUrl, total);
    const rawAccepted = smtp.accepted;
    smtp.reset();

    worker = fork(__filename, ['serve'], {
      env: { ...process.env, BENCH_ENV: JSON.stringify(environment.env) },
      // BENCH_PROFILE=<dir>: the worker writes a CPU profile there when it stops.
      execArgv: process.env['BENCH_PROFILE']
        ? [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
        : process.execArgv,
    });
    await new Promise<void>((resolve, reject) => {
      worker!.once('message', () => resolve());
      worker!.once('exit', (code) => reject(new Error(`the worker exited with ${code}`)));
    });
    const cpuBefore = cpuMilliseconds(worker.pid!);
    const owedAt = await makeOwed(environment.db.adminUrl);
    // The worker's CPU until the last message was accepted: the steadier figure on a shared
    // machine, where seconds drift with what else runs.
    let cpuWhileSending = 0;
    const done = await waitFor(
      () => {
        if (smtp.seen.size < total) return false;
        cpuWhileSending ||= cpuMilliseconds(worker!.pid!) - cpuBefore;
        return true;
      },
      Number(process.env['BENCH_WAIT_MS'] ?? 300_000),
    );
    // Anything sent twice would arrive shortly after: wait a moment before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const check = new Client({ connectionString: environment.db.adminUrl });
    await check.connect();
    // The sweep plans what follows each send (the escalation) after the sends: until when?
    const unplanned = async () =>
      (
        await check.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM follow_up WHERE status = 'SENT' AND NOT next_planned`,
        )
      ).rows[0]!.n;
    let left = await unplanned();
    const planWaitUntil = Date.now() + 300_000;
    while (left > 0 && Date.now() < planWaitUntil) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      left = await unplanned();
    }
    const plannedMs = Date.now() - owedAt;
    // What the sweep planned after the sends (escalations, not yet due) shows here too.
    const rows = await check.query<{ status: string; kind: string; n: number; due: boolean }>(
      `SELECT status, kind, scheduled_at <= now() AS due, count(*)::int AS n FROM follow_up
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    );
    if (process.env['BENCH_LOG_LEVEL'])
      console.log(
        (
          await check.query(
            `SELECT status, attempts, message_id, last_error, lease_until, queued_at, scheduled_at FROM follow_up LIMIT 5`,
          )
        ).rows,
      );
    await check.end();
    const engineMs = smtp.lastAcceptedAt - owedAt;
    const distinct = smtp.seen.size;
    const duplicates = smtp.accepted - distinct;
    const missing = total - distinct;
    const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);
    console.log('');
    console.log(
      `follow-ups: ${total} overdue requests across ${orgCount} organizations, one worker process`,
    );
    console.log(
      'variant                                   messages   seconds   msgs/s   duplicates   missing   worker CPU ms/message',
    );
    console.log(
      `follow-up engine (owed → last accepted)   ${String(smtp.accepted).padStart(8)}   ${(engineMs / 1000).toFixed(1).padStart(7)}   ${String(rate(distinct, engineMs)).padStart(6)}   ${String(duplicates).padStart(10)}   ${String(missing).padStart(7)}   ${(cpuWhileSending / total).toFixed(2).padStart(21)}`,
    );
    console.log(
      `nodemailer alone (baseline)               ${String(rawAccepted).padStart(8)}   ${(rawMs / 1000).toFixed(1).padStart(7)}   ${String(rate(rawAccepted, rawMs)).padStart(6)}            -         -                       -`,
    );
    console.log(
      left
        ? `what follows the sends: ${left} requests still not planned on after 5 minutes`
        : `what follows the sends (escalations) planned for every request ${(plannedMs / 1000).toFixed(1)} s after they were owed`,
    );
    console.log(
      `follow-up rows: ${rows.rows
        .map((r) => `${r.status} ${r.kind}${r.due ? '' : ' (not yet due)'} ${r.n}`)
        .join(', ')}`,
    );
    if (!done) console.log('NOT all messages arrived within 5 minutes');
  } finally {
    worker?.kill('SIGTERM');
    if (worker && worker.exitCode === null)
      await new Promise((resolve) => worker!.once('exit', resolve));
    await environment.cleanUp();
    await globalTeardown();
    await smtp.stop();
  }
}

if (process.argv[2] === 'serve') void serveWorker();
else
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
