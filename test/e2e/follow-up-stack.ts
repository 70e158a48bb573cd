import { Queue } from 'bullmq';
import { configureQueueBackend } from '@onrecord/platform/queue';
import { SmtpSink, type ReceivedMail } from '@onrecord/platform/mail/testing';
import {
  createTestEnvironment,
  eventually,
  TestRedisCluster,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import {
  SEND_AT_ONCE,
  followUpOrganization,
  followUpsOf,
  sendRequest,
} from '@onrecord/test-fixtures';
import { AppProcess, ENTRY, freePort } from './app-process';
import { OwnRedis } from './own-redis';

/** The Redis of a follow-up stack: the test's own, so it may flush it. */
export interface StackRedis {
  /** Starts it; the settings that point the api and worker at it. */
  start(): Promise<Record<string, string>>;
  /** Every key lost. */
  flushAll(): Promise<void>;
  stop(): Promise<void>;
}

/** A standalone redis-server of the test's own. */
export function ownRedis(): StackRedis {
  const redis = new OwnRedis();
  return {
    start: async () => ({ REDIS_URL: await redis.start() }),
    flushAll: () => redis.flushAll(),
    stop: async () => redis.stop(),
  };
}

/** A three-master Redis Cluster of the test's own (REDIS_CLUSTER=true). */
export function ownRedisCluster(): StackRedis & { cluster(): TestRedisCluster } {
  let cluster: TestRedisCluster | undefined;
  return {
    start: async () => {
      cluster = await TestRedisCluster.start();
      return cluster.env;
    },
    flushAll: () => cluster!.flushAll(),
    stop: async () => cluster?.stop(),
    cluster: () => cluster!,
  };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The follow-up engine end to end: the built api and worker as processes, a Redis of the
 * test's own (flushed and all), a real SMTP server in the test. The sweep runs every second
 * and a claimed follow-up's lease is three seconds, so recovery can be watched in seconds.
 */
export class FollowUpStack {
  readonly sink = new SmtpSink();
  smtpPort = 0;
  environment!: TestEnvironment;
  api!: AppProcess;
  worker?: AppProcess;
  apiUrl = '';
  workerHealthUrl = '';
  private stopped = false;

  constructor(readonly redis: StackRedis) {}

  /** Starts everything; `extra` settings for both processes. Stops what started if it fails. */
  async start(extra: Record<string, string> = {}): Promise<void> {
    try {
      this.smtpPort = await this.sink.start();
      const redisEnv = await this.redis.start();
      const [apiPort, workerPort] = [await freePort(), await freePort()];
      this.environment = await createTestEnvironment('redis', {
        ...redisEnv,
        SMTP_URL: this.sink.url,
        API_PORT: String(apiPort),
        WORKER_HEALTH_PORT: String(workerPort),
        MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
        PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
        LOG_LEVEL: 'warn',
        FOLLOW_UP_SWEEP_MS: '1000',
        FOLLOW_UP_LEASE_MS: '3000',
        FOLLOW_UP_RETRY_MS: '1000',
        ...extra,
      });
      this.apiUrl = `http://127.0.0.1:${apiPort}`;
      this.workerHealthUrl = `http://127.0.0.1:${workerPort}/health`;
      this.api = new AppProcess(ENTRY.api, this.environment.env);
      await this.api.waitForHealth(`${this.apiUrl}/health`);
      await this.startWorker();
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  async startWorker(): Promise<void> {
    this.worker = new AppProcess(ENTRY.worker, this.environment.env);
    await this.worker.waitForHealth(this.workerHealthUrl);
  }

  /** Stops the processes, drops the environment, stops the Redis and the mail server. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    try {
      await Promise.all([this.api?.stop(), this.worker?.stop()]);
      await this.environment?.cleanUp();
    } finally {
      await this.redis.stop();
      await this.sink.stop();
    }
  }

  /** What reached `address` (To or Cc) from the follow-up engine: the admin's sign-up confirmation left out. */
  to(address: string): ReceivedMail[] {
    return this.sink.received.filter(
      (mail) =>
        mail.envelopeTo.includes(address) &&
        mail.parsed.subject !== 'Confirm your email to finish signing up for OnRecord',
    );
  }

  /** Waits until `count` messages went to `address`. */
  arrived(address: string, count: number, timeoutMs = 30_000): Promise<ReceivedMail[]> {
    return eventually(
      async () => (this.to(address).length >= count ? this.to(address) : undefined),
      timeoutMs,
      100,
    );
  }

  /** A queue of the app's, from the test process, on the same Redis and prefix. */
  queue(name: string): Queue {
    const { queue } = this.environment.config;
    if (queue.kind !== 'redis') throw new Error('the stack runs its queue on Redis');
    return new Queue(name, configureQueueBackend(queue));
  }
}

export const messageIdOf = (mail: ReceivedMail) => mail.parsed.messageId ?? '';

/** Forty jobs for one follow-up (one id twenty times, twenty other ids): one message. */
export async function sendsAFollowUpEnqueuedManyTimesOnce(stack: FollowUpStack): Promise<void> {
  const org = await followUpOrganization(stack.apiUrl, stack.environment.db.adminUrl, 'duplicates');
  const requestId = await sendRequest(org, 200);
  const followUp = (await followUpsOf(org, requestId)).find((f) => f.kind === 'SCHOOL_FOLLOW_UP')!;
  const queue = stack.queue('follow-ups');
  try {
    const payload = (key: string) => ({
      organizationId: org.organizationId,
      followUpIds: [followUp.id],
      key,
    });
    const key = `${followUp.id}-${Date.parse(followUp.scheduledAt)}-${followUp.attempts}`;
    // The same job id twenty times (a no-op), and twenty jobs under other ids at once.
    await queue.addBulk([
      ...Array.from({ length: 20 }, () => ({
        name: 'send-follow-ups',
        data: payload(key),
        opts: { jobId: `follow-ups-${key}` },
      })),
      ...Array.from({ length: 20 }, (_, i) => ({
        name: 'send-follow-ups',
        data: payload(`duplicate-${i}`),
        opts: { jobId: `follow-ups-duplicate-${followUp.id}-${i}` },
      })),
    ]);
  } finally {
    await queue.close();
  }
  await stack.arrived(org.contactEmail, 1);
  await settle(3000);
  expect(stack.to(org.contactEmail)).toHaveLength(1);
}

/** Thirty owed, the worker SIGKILLed after five arrived and started again: each one message. */
export async function sendsEveryOwedOnceWhenTheWorkerIsKilled(stack: FollowUpStack): Promise<void> {
  const org = await followUpOrganization(stack.apiUrl, stack.environment.db.adminUrl, 'killed', {
    ...SEND_AT_ONCE,
    notifyGuardians: false,
  });
  await stack.worker!.stop();
  const owed = 30;
  for (let i = 0; i < owed; i++) await sendRequest(org, 200, { subject: `Request ${i + 1}` });
  // Slow acceptance, so the kill lands in the middle of the batch.
  stack.sink.setDelay(150);
  await stack.startWorker();
  await stack.arrived(org.contactEmail, 5);
  stack.worker!.signal('SIGKILL');
  await stack.worker!.exitCode();
  const atKill = stack.to(org.contactEmail).length;
  stack.sink.setDelay(0);
  await stack.startWorker();
  const all = await eventually(
    async () => {
      const ids = new Set(stack.to(org.contactEmail).map(messageIdOf));
      return ids.size >= owed ? ids : undefined;
    },
    60_000,
    200,
  );
  expect(all.size).toBe(owed);
  // A row the kill left SENDING is taken back when its lease ends, and recorded.
  const rows = await eventually(async () => {
    const found = (await followUpsOf(org)).filter((f) => f.kind === 'SCHOOL_FOLLOW_UP');
    return found.every((f) => f.status === 'SENT') ? found : undefined;
  }, 20_000);
  expect(rows).toHaveLength(owed);
  // Each follow-up is one message. One the server took just before the kill, while its
  // worker had not yet recorded it, was sent again after the lease ended — as the same
  // message: same Message-ID, same words, which mail systems take as one. Only messages in
  // flight at the kill can be resent (at most the worker's concurrency, 20).
  const byMessageId = new Map<string, string[]>();
  for (const mail of stack.to(org.contactEmail))
    byMessageId.set(messageIdOf(mail), [
      ...(byMessageId.get(messageIdOf(mail)) ?? []),
      mail.parsed.text ?? '',
    ]);
  expect(byMessageId.size).toBe(owed);
  for (const copies of byMessageId.values()) expect(new Set(copies).size).toBe(1);
  const resent = stack.to(org.contactEmail).length - owed;
  expect(resent).toBeLessThanOrEqual(20);
  expect(atKill).toBeLessThan(owed);
  // eslint-disable-next-line no-console -- the figure the issue asks about
  console.log(
    `killed mid-batch: ${atKill} of ${owed} arrived before the kill, ${resent} resent as the same message`,
  );
}

/** Ten queued while the worker is down, then Redis loses every key: each still sent once. */
export async function sendsEveryPendingOnceAfterRedisLostItsKeys(
  stack: FollowUpStack,
): Promise<void> {
  const org = await followUpOrganization(stack.apiUrl, stack.environment.db.adminUrl, 'flushed', {
    ...SEND_AT_ONCE,
    notifyGuardians: false,
  });
  await stack.worker!.stop();
  const owed = 10;
  for (let i = 0; i < owed; i++) await sendRequest(org, 200, { subject: `Request ${i + 1}` });
  const queued = await followUpsOf(org);
  expect(queued.filter((f) => f.kind === 'SCHOOL_FOLLOW_UP' && f.status === 'QUEUED')).toHaveLength(
    owed,
  );
  await stack.redis.flushAll();
  await stack.startWorker();
  const mails = await stack.arrived(org.contactEmail, owed);
  await settle(3000);
  expect(new Set(mails.map(messageIdOf)).size).toBe(owed);
  expect(stack.to(org.contactEmail)).toHaveLength(owed);
}
