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
const portOf = (url: string) => new URL(url).port;
/** How long a process may take to be healthy: several booting at once on 2 cores are slow. */
const BOOT_MS = 60_000;

/** How many api and worker processes a stack runs, all on the same database and Redis. */
export interface StackSize {
  apis: number;
  workers: number;
}

/**
 * The follow-up engine end to end: the built api and worker as processes, a Redis of the
 * test's own (flushed and all), a real SMTP server in the test. The sweep runs every second
 * and a claimed follow-up's lease is three seconds, so recovery can be watched in seconds.
 * By default one api and one worker; `size` runs several of each on the same database and
 * Redis, as a deployment with more than one of each does (several-processes.e2e-spec.ts).
 */
export class FollowUpStack {
  readonly sink = new SmtpSink();
  smtpPort = 0;
  environment!: TestEnvironment;
  /** The api processes, by index; one that was stopped stays until it is started again. */
  readonly apis: AppProcess[] = [];
  /** The worker processes, by index; undefined before the first start. */
  readonly workers: Array<AppProcess | undefined> = [];
  /** Each api's base URL and each worker's health URL, by index: each process has its own ports. */
  readonly apiUrls: string[] = [];
  readonly workerHealthUrls: string[] = [];
  private stopped = false;

  constructor(
    readonly redis: StackRedis,
    readonly size: StackSize = { apis: 1, workers: 1 },
  ) {}

  /** The first api (the only one, in a stack of one). */
  get api(): AppProcess {
    const api = this.apis[0];
    if (!api) throw new Error('the stack has not started');
    return api;
  }

  get apiUrl(): string {
    return this.apiUrls[0] ?? '';
  }

  /** The first worker (the only one, in a stack of one). */
  get worker(): AppProcess | undefined {
    return this.workers[0];
  }

  get workerHealthUrl(): string {
    return this.workerHealthUrls[0] ?? '';
  }

  /**
   * Starts everything; `extra` settings for every process. `workers: false` leaves the workers
   * to the test (startWorker), to let a backlog build first. Stops what started if it fails.
   */
  async start(
    extra: Record<string, string> = {},
    { workers = true }: { workers?: boolean } = {},
  ): Promise<void> {
    try {
      this.smtpPort = await this.sink.start();
      const redisEnv = await this.redis.start();
      for (let i = 0; i < this.size.apis; i++)
        this.apiUrls.push(`http://127.0.0.1:${await freePort()}`);
      for (let i = 0; i < this.size.workers; i++)
        this.workerHealthUrls.push(`http://127.0.0.1:${await freePort()}/health`);
      this.environment = await createTestEnvironment('redis', {
        ...redisEnv,
        SMTP_URL: this.sink.url,
        API_PORT: portOf(this.apiUrl),
        WORKER_HEALTH_PORT: portOf(this.workerHealthUrl),
        MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
        PUBLIC_URL: this.apiUrl,
        LOG_LEVEL: 'warn',
        FOLLOW_UP_SWEEP_MS: '1000',
        FOLLOW_UP_LEASE_MS: '3000',
        FOLLOW_UP_RETRY_MS: '1000',
        ...extra,
      });
      await Promise.all(Array.from({ length: this.size.apis }, (_, i) => this.startApi(i)));
      if (workers) await this.startWorkers();
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  /** Starts api `index` (again, after it was stopped or killed) on its own port. */
  async startApi(index = 0): Promise<void> {
    const url = this.apiUrls[index] ?? '';
    const api = new AppProcess(ENTRY.api, { ...this.environment.env, API_PORT: portOf(url) });
    this.apis[index] = api;
    await api.waitForHealth(`${url}/health`, BOOT_MS);
  }

  /** Starts every worker at once (again, after they were stopped). */
  async startWorkers(): Promise<void> {
    await Promise.all(Array.from({ length: this.size.workers }, (_, i) => this.startWorker(i)));
  }

  /** Starts worker `index` (again, after it was stopped or killed) with its own health port. */
  async startWorker(index = 0): Promise<void> {
    const url = this.workerHealthUrls[index] ?? '';
    const worker = new AppProcess(ENTRY.worker, {
      ...this.environment.env,
      WORKER_HEALTH_PORT: portOf(url),
    });
    this.workers[index] = worker;
    await worker.waitForHealth(url, BOOT_MS);
  }

  /** Stops the processes, drops the environment, stops the Redis and the mail server. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    try {
      await Promise.all([...this.apis, ...this.workers].map((process) => process?.stop()));
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
