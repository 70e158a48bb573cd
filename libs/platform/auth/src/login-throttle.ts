import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import {
  RateLimiterRes,
  RateLimiterPostgres,
  RateLimiterRedis,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { createRedisClient, type RedisClient } from '@onrecord/platform/queue';

/**
 * Failed logins that cost nothing: after these, each further failure doubles the wait
 * before the next attempt (1 s, 2 s, 4 s…, at most LOGIN_MAX_WAIT_SECONDS). OWASP's
 * advice: slow guessing down by account and by address, never lock the owner out; an owner
 * who must wait can sign in through an emailed link (requestSignInLink) at once.
 */
export const LOGIN_FREE_FAILURES_PER_EMAIL = 3;
export const LOGIN_FREE_FAILURES_PER_ADDRESS = 20;
/** Failures are forgotten this long after the last one. */
export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const LOGIN_MAX_WAIT_SECONDS = 15 * 60;

/** Seconds to wait after `failures` failures, `free` of which cost nothing. */
export function backoffSeconds(failures: number, free: number): number {
  if (failures <= free) return 0;
  return Math.min(2 ** (failures - free - 1), LOGIN_MAX_WAIT_SECONDS);
}

/**
 * Rate limiters keyed by hashed values, stored where every api replica sees them: Redis when
 * configured, else PostgreSQL (table `login_throttle`). One store per process, shared by all
 * the limiters made from it.
 */
export class ThrottleStore {
  private readonly redis?: RedisClient;
  private readonly pool?: Pool;

  constructor(private readonly config: AppConfig) {
    if (config.queue.kind === 'redis') {
      // A standalone Redis or a cluster alike: each limiter's command touches one key.
      this.redis = createRedisClient(config.queue, {
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
      });
    } else {
      this.pool = new Pool({ connectionString: config.database.url, max: 2 });
    }
  }

  /** `points` per `seconds` for each key, blocked for `seconds` once spent. */
  limiter(name: string, points: number, seconds: number): RateLimiterAbstract {
    const common = { duration: seconds, blockDuration: seconds, points };
    if (this.redis && this.config.queue.kind === 'redis') {
      return new RateLimiterRedis({
        ...common,
        storeClient: this.redis,
        keyPrefix: `${this.config.queue.prefix}:${name}`,
      });
    }
    return new RateLimiterPostgres({
      ...common,
      storeClient: this.pool,
      storeType: 'pool',
      tableName: 'login_throttle',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
    });
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
    await this.pool?.end();
  }
}

/** Counts failures of one kind of key (email or address) and makes the next attempt wait. */
class Backoff {
  private readonly failures: RateLimiterAbstract;
  private readonly waits: RateLimiterAbstract;

  constructor(
    store: ThrottleStore,
    name: string,
    private readonly free: number,
  ) {
    // Failures are counted (never "blocked": points are out of reach) over the window;
    // the wait is a block of its own, as long as the backoff says.
    this.failures = store.limiter(`${name}:failures`, 1_000_000, LOGIN_WINDOW_SECONDS);
    this.waits = store.limiter(`${name}:wait`, 1, LOGIN_MAX_WAIT_SECONDS);
  }

  /** Seconds until the next attempt with this key is allowed. */
  async retryAfter(key: string): Promise<number> {
    const wait = await this.waits.get(key);
    return wait && wait.consumedPoints > 1 ? Math.ceil(wait.msBeforeNext / 1000) : 0;
  }

  async fail(key: string): Promise<void> {
    const counted = await this.failures.penalty(key);
    const seconds = backoffSeconds(counted.consumedPoints, this.free);
    if (seconds > 0) await this.waits.block(key, seconds);
  }

  async forget(key: string): Promise<void> {
    await Promise.all([this.failures.delete(key), this.waits.delete(key)]);
  }
}

/** Requests per email and per client address over a 15-minute window. */
export class RequestThrottle {
  private readonly logger = new Logger(RequestThrottle.name);
  private readonly perEmail: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(
    store: ThrottleStore,
    name: string,
    limits: { perEmail: number; perAddress: number },
  ) {
    this.perEmail = store.limiter(`${name}:email`, limits.perEmail, LOGIN_WINDOW_SECONDS);
    this.perAddress = store.limiter(`${name}:addr`, limits.perAddress, LOGIN_WINDOW_SECONDS);
  }

  /** Counts one request; the seconds to wait when over a limit, else 0. */
  async take(email: string, address: string): Promise<number> {
    try {
      await this.perAddress.consume(throttleKey(address));
      await this.perEmail.consume(throttleKey(email));
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      // The store cannot be reached (Redis still connecting, or down): these counts guard
      // against floods, and a sign-up must not fail because of them.
      this.logger.warn({ err: error }, 'request throttle unavailable; not counted');
      return 0;
    }
  }
}

/**
 * Slows failed logins down per email and per client address, exponentially. Keys are
 * hashed, so the store holds no email addresses.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly store: ThrottleStore;
  private readonly perEmail: Backoff;
  private readonly perAddress: Backoff;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.store = new ThrottleStore(config);
    this.perEmail = new Backoff(this.store, 'login:email', LOGIN_FREE_FAILURES_PER_EMAIL);
    this.perAddress = new Backoff(this.store, 'login:addr', LOGIN_FREE_FAILURES_PER_ADDRESS);
  }

  /**
   * A count of requests per email and per client address in the same store, for public
   * operations that must not be repeated at will (sign-up, emailed sign-in links).
   */
  requests(name: string, limits: { perEmail: number; perAddress: number }): RequestThrottle {
    return new RequestThrottle(this.store, name, limits);
  }

  /** Seconds to wait before trying again, or 0 when a login may be attempted. */
  async retryAfter(email: string, address: string): Promise<number> {
    const waits = await Promise.all([
      this.perEmail.retryAfter(throttleKey(email)),
      this.perAddress.retryAfter(throttleKey(address)),
    ]);
    return Math.max(...waits);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.perEmail.fail(throttleKey(email)).catch(() => undefined),
      this.perAddress.fail(throttleKey(address)).catch(() => undefined),
    ]);
  }

  /** A sign-in that worked (by password or by emailed link) forgets the email's failures. */
  async recordSuccess(email: string): Promise<void> {
    await this.perEmail.forget(throttleKey(email)).catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }
}

export function throttleKey(value: string): string {
  return createHash('sha256').update(value.trim().toLowerCase()).digest('hex').slice(0, 40);
}
