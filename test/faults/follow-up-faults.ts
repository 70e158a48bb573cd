import { join } from 'node:path';
import {
  createTestEnvironment,
  eventually,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { SEND_SLOTS } from '@onrecord/follow-ups';
import { AppProcess, freePort } from '../e2e/app-process';
import { SEND_AT_ONCE, followUpOrganization, sendRequest } from '@onrecord/test-fixtures';
import { ownRedis, type StackRedis } from '../e2e/follow-up-stack';
import { FaultSmtp, type AcceptedMail } from './fault-smtp';
import {
  allMessageIds,
  makeOwed,
  recordedFollowUps,
  resendsOnRecord,
  seedOrganizations,
  type OwedFollowUp,
} from './fault-data';

/**
 * The follow-up engine under faults (issue 22): two organizations, hundreds of overdue
 * requests, an in-process SMTP server that can be slow or down, the worker SIGKILLed
 * mid-batch, Redis flushed while jobs are queued, and a count at the SMTP server per
 * follow-up. The built worker (and, for the on-time phase, the api) run as processes, as in
 * production. `npm run faults:follow-ups` runs the full matrix; its core runs in `npm test`
 * (test/e2e/follow-up-faults.e2e-spec.ts) with the same phases, scaled down.
 */

export interface FaultMatrixSize {
  /** Follow-ups per organization (two organizations) in each phase. */
  perOrganization: { slow: number; kills: number; flush: number; outage: number };
  /** The slow phase: how long the server takes per message, and the lease and sweep then. */
  slow: { delayMs: number; leaseMs: number; sweepMs: number };
  /** The kill, flush and outage phases' timings. */
  faults: { delayMs: number; leaseMs: number; sweepMs: number; retryMs: number; outageMs: number };
  /** The on-time phase: requests sent through the api, one every `paceMs`, sweep interval. */
  onTime: { sends: number; paceMs: number; sweepMs: number };
  /** The longest the harness waits for a phase's messages before counting them missing. */
  settleMs: number;
}

export const FULL_MATRIX: FaultMatrixSize = {
  perOrganization: { slow: 125, kills: 150, flush: 100, outage: 50 },
  slow: { delayMs: 4000, leaseMs: 120_000, sweepMs: 5000 },
  faults: { delayMs: 100, leaseMs: 30_000, sweepMs: 2000, retryMs: 5000, outageMs: 120_000 },
  onTime: { sends: 200, paceMs: 300, sweepMs: 60_000 },
  settleMs: 600_000,
};

/**
 * Sized to about two minutes: the same pressure, scaled — the slow server takes 1.5 leases
 * to get through the backlog (4 s per message takes 1.7 of the 2-minute lease). A lease of a
 * few seconds is renewed every third of it; on a machine loaded far past its cores a renewal
 * can then come too late, which no production lease (minutes) would see.
 */
export const CORE_MATRIX: FaultMatrixSize = {
  perOrganization: { slow: 75, kills: 50, flush: 40, outage: 20 },
  slow: { delayMs: 400, leaseMs: 8000, sweepMs: 1000 },
  faults: { delayMs: 50, leaseMs: 6000, sweepMs: 1000, retryMs: 1000, outageMs: 5000 },
  onTime: { sends: 20, paceMs: 100, sweepMs: 60_000 },
  settleMs: 90_000,
};

export interface PhaseFigures {
  phase: string;
  followUps: number;
  missing: number;
  /** A follow-up that reached the school under a Message-ID it does not have. */
  differentIdDuplicates: number;
  /** The same message accepted again (same Message-ID). */
  sameIdResends: number;
  /** A message accepted for an address of another follow-up (another organization's, say). */
  misaddressed: number;
  /** The SIGKILL phase: same-Message-ID resends of messages first accepted before each kill. */
  resendsPerKill?: number[];
  /** How long the phase took, seconds. */
  seconds: number;
  /**
   * Of the follow-ups that went out twice, how many show it in their delivery attempts
   * (null: not asked, e.g. a build from before the attempts were recorded).
   */
  resentOnRecord?: number | null;
  /** Follow-ups that went out twice. */
  resentFollowUps?: number;
  /** For each resend, when the copy before it was accepted (the kill after that caused it). */
  resentPreviousAcceptedAt?: number[];
  /** The on-time phase: seconds from due to accepted, the largest; sweeps that had to queue. */
  lateSecondsMax?: number;
  sweepsNeeded?: number;
  /** A job that found nothing it expected, as logged. */
  notes?: string;
}

export interface FaultMatrixResult {
  phases: PhaseFigures[];
  /** Lines the worker wrote that are not JSON log lines (stack traces, console output). */
  unstructuredLogLines: string[];
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Where the built apps are; FAULTS_DIST runs the matrix against another build (e.g. an older one). */
function entries(): { api: string; worker: string } {
  const dist = process.env['FAULTS_DIST'] ?? join(__dirname, '../../dist');
  return {
    api: join(dist, 'apps/api/src/main.js'),
    worker: join(dist, 'apps/worker/src/main.js'),
  };
}

/**
 * `redis`: the Redis of the test's own the queue runs on (and that phase 3 flushes): a
 * standalone server, or `ownRedisCluster()`, three masters with REDIS_CLUSTER=true.
 */
export async function runFaultMatrix(
  size: FaultMatrixSize,
  report: (line: string) => void = () => undefined,
  redis: StackRedis = ownRedis(),
): Promise<FaultMatrixResult> {
  const smtp = new FaultSmtp();
  const smtpUrl = await smtp.start();
  const redisEnv = await redis.start();
  const [apiPort, workerPort] = [await freePort(), await freePort()];
  const environment: TestEnvironment = await createTestEnvironment('redis', {
    ...redisEnv,
    SMTP_URL: smtpUrl,
    API_PORT: String(apiPort),
    WORKER_HEALTH_PORT: String(workerPort),
    MAIL_FROM: 'OnRecord <no-reply@faults.example.org>',
    PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    LOG_LEVEL: 'info',
  });
  const adminUrl = environment.db.adminUrl;
  const workers: AppProcess[] = [];
  let worker: AppProcess | undefined;
  const startWorker = async (settings: Record<string, string>) => {
    if (worker) await worker.stop();
    worker = new AppProcess(entries().worker, { ...environment.env, ...settings });
    workers.push(worker);
    await worker.waitForHealth(`http://127.0.0.1:${workerPort}/health`, 60_000);
  };
  const faultSettings = {
    FOLLOW_UP_SWEEP_MS: String(size.faults.sweepMs),
    FOLLOW_UP_LEASE_MS: String(size.faults.leaseMs),
    FOLLOW_UP_RETRY_MS: String(size.faults.retryMs),
  };
  const phases: PhaseFigures[] = [];
  let api: AppProcess | undefined;
  try {
    // 1. A slow mail server, nothing killed: every follow-up once.
    smtp.delayMs = size.slow.delayMs;
    await startWorker({
      FOLLOW_UP_SWEEP_MS: String(size.slow.sweepMs),
      FOLLOW_UP_LEASE_MS: String(size.slow.leaseMs),
    });
    phases.push(
      await phase(
        `slow SMTP (${size.slow.delayMs / 1000} s per message), no crash`,
        size.perOrganization.slow,
        async () => undefined,
      ),
    );

    // 2. The worker SIGKILLed twice mid-batch, started again at once.
    smtp.delayMs = size.faults.delayMs;
    await startWorker(faultSettings);
    const killedAt: number[] = [];
    phases.push({
      ...(await phase(
        'worker SIGKILLed twice mid-batch',
        size.perOrganization.kills,
        async (owed) => {
          for (const fraction of [0.3, 0.6]) {
            await eventually(
              async () => acceptedOf(owed).length >= owed.length * fraction,
              size.settleMs,
              5,
            );
            killedAt.push(Date.now());
            worker!.signal('SIGKILL');
            await worker!.exitCode();
            worker = undefined;
            await startWorker(faultSettings);
          }
        },
      )),
    });
    const killPhase = phases[phases.length - 1]!;
    killPhase.resendsPerKill = killedAt.map((at, k) =>
      resentBetween(
        killPhase.resentPreviousAcceptedAt ?? [],
        (killedAt[k - 1] ?? -KILL_GRACE_MS) + KILL_GRACE_MS,
        at + KILL_GRACE_MS,
      ),
    );

    // 3. Redis loses every key while jobs are queued and running.
    phases.push(
      await phase('Redis FLUSHALL with jobs queued', size.perOrganization.flush, async (owed) => {
        await eventually(async () => acceptedOf(owed).length >= 10, size.settleMs, 5);
        await redis.flushAll();
      }),
    );

    // 4. The mail server refuses everything for a while.
    phases.push(
      await phase(
        `SMTP outage (${size.faults.outageMs / 1000} s of 421)`,
        size.perOrganization.outage,
        async () => {
          smtp.rejecting = true;
          await settle(size.faults.outageMs);
          smtp.rejecting = false;
        },
        () => {
          smtp.rejecting = true;
        },
      ),
    );

    // 5. An idle worker: each request sent through the api has its follow-up out at once.
    smtp.delayMs = 0;
    await startWorker({ ...faultSettings, FOLLOW_UP_SWEEP_MS: String(size.onTime.sweepMs) });
    api = new AppProcess(entries().api, environment.env);
    await api.waitForHealth(`http://127.0.0.1:${apiPort}/health`, 60_000);
    phases.push(await onTime(`http://127.0.0.1:${apiPort}`));
  } finally {
    await api?.stop();
    await worker?.stop();
    await environment.cleanUp();
    await redis.stop();
    await smtp.stop();
  }
  const unstructuredLogLines = workers.flatMap((w) =>
    [...w.stdout, ...w.stderr].filter((line) => !isJsonLine(line)),
  );
  return { phases, unstructuredLogLines };

  function acceptedOf(owed: readonly OwedFollowUp[]): AcceptedMail[] {
    const addresses = new Set(owed.map((f) => f.contactEmail));
    return smtp.accepted.filter((mail) => mail.to.some((to) => addresses.has(to)));
  }

  /**
   * Makes `perOrganization` follow-ups owed in each organization (under a label of its own),
   * runs the fault, waits until each was accepted (or the wait is over), then counts.
   */
  async function phase(
    name: string,
    perOrganization: number,
    fault: (owed: OwedFollowUp[]) => Promise<void>,
    before: () => void = () => undefined,
  ): Promise<PhaseFigures> {
    report(`phase: ${name}…`);
    const started = Date.now();
    const label = `p${phases.length + 1}`;
    // Each phase has two organizations of its own, so its counts are its own.
    const fresh = await seedOrganizations(adminUrl, 2);
    before();
    const owed = await makeOwed(adminUrl, fresh, perOrganization, label);
    await fault(owed);
    const ids = owed.map((f) => f.id);
    await eventually(
      async () => {
        const recorded = await recordedFollowUps(adminUrl, ids);
        const got = new Set(acceptedOf(owed).map((m) => m.messageId));
        return [...recorded.values()].every((r) => r.messageId && got.has(r.messageId));
      },
      size.settleMs,
      250,
    ).catch(() => undefined);
    // A resend would come within a lease and a sweep of the last message: give it the chance.
    await settle(Math.min(size.faults.leaseMs, 10_000) + size.faults.sweepMs);
    return { ...(await count(name, owed)), seconds: (Date.now() - started) / 1000 };
  }

  async function count(name: string, owed: OwedFollowUp[]): Promise<PhaseFigures> {
    const recorded = await recordedFollowUps(
      adminUrl,
      owed.map((f) => f.id),
    );
    const known = await allMessageIds(adminUrl);
    const mails = acceptedOf(owed);
    const perId = new Map<string, number>();
    for (const mail of mails) perId.set(mail.messageId, (perId.get(mail.messageId) ?? 0) + 1);
    let missing = 0;
    let sameIdResends = 0;
    const resentPreviousAcceptedAt: number[] = [];
    const resentIds: string[] = [];
    for (const f of owed) {
      const messageId = recorded.get(f.id)?.messageId;
      const times = messageId ? (perId.get(messageId) ?? 0) : 0;
      if (times === 0) missing++;
      else sameIdResends += times - 1;
      if (times > 1) {
        resentIds.push(f.id);
        // Each resend counts for the kill after the copy before it: a message in flight at
        // the first kill, resent, and in flight again at the second went out three times,
        // once for each kill — not twice for the first.
        const accepted = mails
          .filter((m) => m.messageId === messageId)
          .map((m) => m.acceptedAt)
          .sort((a, b) => a - b);
        resentPreviousAcceptedAt.push(...accepted.slice(0, -1));
      }
    }
    const differentIdDuplicates = mails.filter((m) => !known.has(m.messageId)).length;
    const misaddressed = mails.filter((m) => {
      const owner = known.get(m.messageId);
      return owner !== undefined && !m.to.includes(owner);
    }).length;
    return {
      phase: name,
      followUps: owed.length,
      missing,
      differentIdDuplicates,
      sameIdResends,
      misaddressed,
      resentPreviousAcceptedAt,
      resentFollowUps: resentIds.length,
      resentOnRecord: await resendsOnRecord(adminUrl, resentIds).catch(() => null),
      seconds: 0,
    };
  }

  /**
   * Requests sent one at a time through the api, each already past its deadline: its
   * follow-up is due the moment the request is recorded. Lateness is from then (the api's
   * answer) to the server accepting it; a follow-up that needed the sweep shows in the log.
   */
  async function onTime(apiUrl: string): Promise<PhaseFigures> {
    report(`phase: idle worker, ${size.onTime.sends} sends…`);
    const started = Date.now();
    const org = await followUpOrganization(apiUrl, adminUrl, `faults-${Date.now().toString(36)}`, {
      ...SEND_AT_ONCE,
      notifyGuardians: false,
    });
    const dueAt = new Map<string, number>();
    const logStart = worker!.stdout.length;
    for (let i = 0; i < size.onTime.sends; i++) {
      const emailMessageId = `<faults-request-${i}@family.example.org>`;
      await sendRequest(org, 200, { emailMessageId, subject: `Request ${i + 1}` });
      dueAt.set(emailMessageId, Date.now());
      await settle(size.onTime.paceMs);
    }
    const toSchool = () => smtp.accepted.filter((m) => m.to.includes(org.contactEmail));
    await eventually(
      async () => toSchool().length >= size.onTime.sends,
      size.onTime.sweepMs * 3,
      100,
    ).catch(() => undefined);
    const late: number[] = [];
    for (const [messageId, at] of dueAt) {
      const mail = toSchool().find((m) => m.inReplyTo === messageId);
      if (mail) late.push((mail.acceptedAt - at) / 1000);
    }
    const perId = new Map<string, number>();
    for (const mail of toSchool()) perId.set(mail.messageId, (perId.get(mail.messageId) ?? 0) + 1);
    const sweepsNeeded = worker!.stdout
      .slice(logStart)
      .filter((line) => line.includes('sweep queued follow-ups')).length;
    return {
      phase: `idle worker, ${size.onTime.sends} sends through the api`,
      followUps: size.onTime.sends,
      missing: size.onTime.sends - late.length,
      differentIdDuplicates: Math.max(0, perId.size - late.length),
      sameIdResends: [...perId.values()].reduce((sum, n) => sum + n - 1, 0),
      misaddressed: 0,
      lateSecondsMax: late.length ? Math.max(...late) : Number.NaN,
      sweepsNeeded,
      seconds: (Date.now() - started) / 1000,
    };
  }
}

/** Resends whose copy before them was accepted after one kill and before the next. */
/**
 * A message whose bytes the killed worker had already written is accepted by the server a
 * moment after the kill: it was in flight at the kill, and counts for it.
 */
const KILL_GRACE_MS = 1000;

function resentBetween(firstAcceptedAt: readonly number[], from: number, to: number): number {
  return firstAcceptedAt.filter((at) => at > from && at <= to).length;
}

function isJsonLine(line: string): boolean {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
}

/** The table the harness prints. */
export function formatFigures(result: FaultMatrixResult): string {
  const rows = result.phases.map((p) => {
    const extra = [
      p.resendsPerKill
        ? `resends per kill: ${p.resendsPerKill.join(', ')} (at most ${SEND_SLOTS} in flight)`
        : '',
      p.resentFollowUps
        ? `went out twice: ${p.resentFollowUps}, on record as such: ${p.resentOnRecord ?? 'n/a'}`
        : '',
      p.lateSecondsMax !== undefined
        ? `due → accepted p100 ${p.lateSecondsMax.toFixed(1)} s; sweeps that queued: ${p.sweepsNeeded}`
        : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `${p.phase.padEnd(44)}${p.seconds.toFixed(0).padStart(5)}${String(p.followUps).padStart(6)}${String(p.missing).padStart(9)}${String(p.differentIdDuplicates).padStart(10)}${String(p.sameIdResends).padStart(10)}${String(p.misaddressed).padStart(9)}  ${extra}`;
  });
  return [
    `${'phase'.padEnd(44)}${'s'.padStart(5)}${'sent'.padStart(6)}${'missing'.padStart(9)}${'diff-ID'.padStart(10)}${'same-ID'.padStart(10)}${'wrong-to'.padStart(9)}`,
    ...rows,
    `unstructured worker log lines: ${result.unstructuredLogLines.length}`,
  ].join('\n');
}
