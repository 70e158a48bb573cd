/**
 * A mixed workload at fixed arrival rates: advocates reading Today, the caseload and case
 * pages and saving requests and attendance, families in the portal, an analyst's outcome
 * report, and the worker sending the follow-ups that fall due meanwhile — all at once,
 * against the built api and worker (one process each), PostgreSQL and Redis of this machine,
 * and an in-process SMTP server. Open loop (open-loop.ts): requests start on a timer, so
 * queueing shows as latency. After a warm-up, a baseline phase at a quarter of every rate
 * (the latency floor of a lightly used system) and then the phase at the rates asked; one
 * table of both. Exits 1 if anything failed.
 *
 * Needs `npm run build` first. Run: npm run bench:mixed [-- --seconds 20 --warmup 5
 * --organizations 3 --cases 60 --scale 1 --today 3 --caseload 3 --case-page 4
 * --save-request 1 --attendance 1 --portal-first 2 --portal-case 2 --report 0.5
 * --follow-ups 1]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { parseArgs } from 'node:util';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import { createTestEnvironment, type TestEnvironment } from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from '../e2e/app-process';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';
import { mixedClasses, type MixedRates, type OwedFollowUp } from './mixed-operations';
import { seedMixedWorld } from './mixed-world';
import { cpuMilliseconds } from './bench-kit';
import { quantile, runOpenLoop, type ClassResult } from './open-loop';

const RATE_OPTIONS = {
  today: 'today',
  caseload: 'caseload',
  casePage: 'case-page',
  saveRequest: 'save-request',
  attendance: 'attendance',
  portalFirst: 'portal-first',
  portalCase: 'portal-case',
  report: 'report',
  followUps: 'follow-ups',
} as const;
/** Starts per second of each class, all organizations together. */
const DEFAULT_RATES: MixedRates = {
  today: 3,
  caseload: 3,
  casePage: 4,
  saveRequest: 1,
  attendance: 1,
  portalFirst: 2,
  portalCase: 2,
  report: 0.5,
  followUps: 1,
};
/** The baseline phase runs every class at this share of its rate. */
const BASELINE_FACTOR = 0.25;
/** How long the follow-ups made owed during a phase may take to arrive before counting as errors. */
const FOLLOW_UP_WAIT_MS = 30_000;

function options() {
  const rateOptions = Object.fromEntries(
    Object.values(RATE_OPTIONS).map((name) => [name, { type: 'string' as const }]),
  );
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '20' },
      warmup: { type: 'string', default: '5' },
      organizations: { type: 'string', default: '3' },
      cases: { type: 'string', default: '60' },
      scale: { type: 'string', default: '1' },
      ...rateOptions,
    },
  });
  const scale = Number(values.scale);
  const rates = { ...DEFAULT_RATES };
  for (const [key, name] of Object.entries(RATE_OPTIONS) as Array<[keyof MixedRates, string]>) {
    const given = (values as Record<string, string | undefined>)[name];
    rates[key] = (given === undefined ? DEFAULT_RATES[key] : Number(given)) * scale;
  }
  return {
    seconds: Number(values.seconds),
    warmup: Number(values.warmup),
    organizations: Number(values.organizations),
    cases: Number(values.cases),
    rates,
  };
}

interface Phase {
  results: ClassResult[];
  followUpDelays: number[];
  followUpErrors: string[];
  apiCpuPerSecond: number;
  workerCpuPerSecond: number;
}

/**
 * Milliseconds from each owed follow-up's due moment to its message's arrival at the SMTP
 * server (matched by the Message-ID the worker recorded); one not sent within the wait is
 * an error.
 */
async function followUpDelays(
  adminUrl: string,
  sink: SmtpSink,
  owed: OwedFollowUp[],
): Promise<{ delays: number[]; errors: string[] }> {
  const deadline = Date.now() + FOLLOW_UP_WAIT_MS;
  for (;;) {
    const rows = await superuserQuery<{ request_id: string; message_id: string | null }>(
      adminUrl,
      `SELECT request_id, message_id FROM follow_up
        WHERE request_id = ANY($1) AND kind = 'SCHOOL_FOLLOW_UP' AND sequence = 1`,
      [owed.map((o) => o.requestId)],
    );
    const arrived = new Map<string, number>();
    for (const mail of sink.received)
      if (mail.parsed.messageId) arrived.set(mail.parsed.messageId, mail.arrivedAt);
    const byRequest = new Map(rows.map((row) => [row.request_id, row.message_id]));
    const delays: number[] = [];
    const errors: string[] = [];
    for (const { requestId, dueAt } of owed) {
      const messageId = byRequest.get(requestId);
      const arrivedAt = messageId ? arrived.get(messageId) : undefined;
      if (arrivedAt === undefined)
        errors.push(`request ${requestId}: ${messageId ? 'not arrived' : 'no follow-up sent'}`);
      else delays.push(arrivedAt - dueAt);
    }
    if (!errors.length || Date.now() > deadline)
      return { delays: delays.sort((a, b) => a - b), errors };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function runPhase(
  world: Awaited<ReturnType<typeof seedMixedWorld>>,
  rates: MixedRates,
  seconds: number,
  factor: number,
  processes: { api: AppProcess; worker: AppProcess; adminUrl: string; sink: SmtpSink },
): Promise<Phase> {
  const owed: OwedFollowUp[] = [];
  const apiBefore = cpuMilliseconds(processes.api.pid);
  const workerBefore = cpuMilliseconds(processes.worker.pid);
  const started = performance.now();
  const results = await runOpenLoop(mixedClasses(world, rates, owed), seconds, factor);
  const elapsed = (performance.now() - started) / 1000;
  const apiCpuPerSecond = (cpuMilliseconds(processes.api.pid) - apiBefore) / elapsed;
  const workerCpuPerSecond = (cpuMilliseconds(processes.worker.pid) - workerBefore) / elapsed;
  const { delays, errors } = await followUpDelays(processes.adminUrl, processes.sink, owed);
  return {
    results,
    followUpDelays: delays,
    followUpErrors: errors,
    apiCpuPerSecond,
    workerCpuPerSecond,
  };
}

const ms = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(0));
const cells = (values: Array<string | number>, widths: number[]) =>
  values.map((value, i) => String(value)[i === 0 ? 'padEnd' : 'padStart'](widths[i] ?? 8)).join('');

function printTable(loaded: Phase, baseline: Phase, seconds: number): number {
  const widths = [34, 8, 7, 7, 8, 8, 8, 4, 7, 7, 7];
  console.log(
    `\nmixed workload, open loop, ${seconds} s per phase; baseline: the same at ${BASELINE_FACTOR} of every rate`,
  );
  console.log(
    cells(
      [
        'operation',
        'rate/s',
        'done',
        'errors',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        '|',
        'base50',
        'base95',
        'base99',
      ],
      widths,
    ),
  );
  let errors = 0;
  for (const [index, result] of loaded.results.entries()) {
    const base = baseline.results[index];
    const sorted = result.latencies;
    const baseSorted = base?.latencies ?? [];
    errors += result.errors + (base?.errors ?? 0);
    console.log(
      cells(
        [
          result.label,
          result.rate.toFixed(2),
          result.completed,
          result.errors + (base?.errors ?? 0),
          ms(quantile(sorted, 0.5)),
          ms(quantile(sorted, 0.95)),
          ms(quantile(sorted, 0.99)),
          '|',
          ms(quantile(baseSorted, 0.5)),
          ms(quantile(baseSorted, 0.95)),
          ms(quantile(baseSorted, 0.99)),
        ],
        widths,
      ),
    );
  }
  const followUpErrors = loaded.followUpErrors.length + baseline.followUpErrors.length;
  errors += followUpErrors;
  const d = loaded.followUpDelays;
  const b = baseline.followUpDelays;
  console.log(
    cells(
      [
        'follow-up: due → accepted by SMTP',
        '',
        d.length,
        followUpErrors,
        ms(quantile(d, 0.5)),
        ms(quantile(d, 0.95)),
        ms(quantile(d, 0.99)),
        '|',
        ms(quantile(b, 0.5)),
        ms(quantile(b, 0.95)),
        ms(quantile(b, 0.99)),
      ],
      widths,
    ),
  );
  console.log(
    `CPU ms per second: api ${loaded.apiCpuPerSecond.toFixed(0)} (baseline ${baseline.apiCpuPerSecond.toFixed(0)}), ` +
      `worker ${loaded.workerCpuPerSecond.toFixed(0)} (baseline ${baseline.workerCpuPerSecond.toFixed(0)})`,
  );
  for (const phase of [baseline, loaded])
    for (const result of phase.results)
      for (const sample of result.errorSamples) console.log(`error in ${result.label}: ${sample}`);
  for (const sample of [...baseline.followUpErrors, ...loaded.followUpErrors].slice(0, 5))
    console.log(`error in follow-ups: ${sample}`);
  return errors;
}

async function main(): Promise<void> {
  const o = options();
  await globalSetup();
  const sink = new SmtpSink();
  let environment: TestEnvironment | undefined;
  let api: AppProcess | undefined;
  let worker: AppProcess | undefined;
  let errors = 0;
  try {
    await sink.start();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    environment = await createTestEnvironment('redis', {
      // BENCH_LOG_LEVEL=error: the processes' own log lines of failures are printed at the end.
      LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'silent',
      API_PORT: String(port),
      WORKER_HEALTH_PORT: String(await freePort()),
      NODE_ENV: 'production',
      PUBLIC_URL: url,
      SMTP_URL: sink.url,
      MAIL_FROM: 'OnRecord <no-reply@onrecord.bench>',
    });
    api = new AppProcess(ENTRY.api, environment.env);
    worker = new AppProcess(ENTRY.worker, environment.env);
    await api.waitForHealth(`${url}/health`, 60_000);
    await worker.waitForHealth(
      `http://127.0.0.1:${environment.env['WORKER_HEALTH_PORT']}/health`,
      60_000,
    );
    const seeding = Date.now();
    const world = await seedMixedWorld(
      url,
      environment.db.adminUrl,
      sink,
      o.organizations,
      o.cases,
    );
    console.log(
      `seeded ${o.organizations} organizations × ${o.cases + 1} cases (4 requests each), a portal guardian and an analyst each, in ${Math.round((Date.now() - seeding) / 1000)} s`,
    );
    const processes = { api, worker, adminUrl: environment.db.adminUrl, sink };
    // Warm-up at the full rates: JIT, connection pools, caches. Its failures count too.
    const warmup = await runPhase(world, o.rates, o.warmup, 1, processes);
    errors += warmup.results.reduce((sum, r) => sum + r.errors, 0) + warmup.followUpErrors.length;
    for (const result of warmup.results)
      for (const sample of result.errorSamples)
        console.log(`warm-up error in ${result.label}: ${sample}`);
    const baseline = await runPhase(world, o.rates, o.seconds, BASELINE_FACTOR, processes);
    const loaded = await runPhase(world, o.rates, o.seconds, 1, processes);
    errors += printTable(loaded, baseline, o.seconds);
    if (errors > 0 && process.env['BENCH_LOG_LEVEL'])
      for (const [name, app] of [
        ['api', api],
        ['worker', worker],
      ] as const)
        for (const line of [...app.stdout, ...app.stderr]
          .filter((l) => /"level":(50|60)/.test(l))
          .slice(0, 5))
          console.log(`${name} log: ${line.slice(0, 1500)}`);
  } finally {
    await worker?.stop();
    await api?.stop();
    await environment?.cleanUp();
    await sink.stop();
    await globalTeardown();
  }
  if (errors > 0) {
    console.error(`\n${errors} operations failed`);
    process.exitCode = 1;
  }
}

void main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
