import { createHash } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import IORedis from 'ioredis';
import { Pool } from 'pg';
import {
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { redisOptionsFromUrl } from '@onrecord/platform/queue';

/** Failed logins allowed per email before it is locked for a while. */
export const LOGIN_FAILURES_PER_EMAIL = 5;
export const LOGIN_FAILURES_PER_ADDRESS = 50;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

/**
 * Rate limiters keyed by hashed values, stored where every api replica sees them: Redis when
 * configured, else PostgreSQL (table `login_throttle`). One store per process, shared by all
 * the limiters made from it.
 */
export class ThrottleStore {
  private readonly redis?: IORedis;
  private readonly pool?: Pool;

  constructor(private readonly config: AppConfig) {
    if (config.queue.kind === 'redis') {
      this.redis = new IORedis({
        ...redisOptionsFromUrl(config.queue.url),
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

/**
 * Counts failed logins per email and per client address. Keys are hashed, so the store holds
 * no email addresses.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly store: ThrottleStore;
  private readonly perEmail: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.store = new ThrottleStore(config);
    // Names as before the store was shared: 'email'/'addr' (PostgreSQL), 'login:…' (Redis).
    const redis = config.queue.kind === 'redis';
    this.perEmail = this.store.limiter(
      redis ? 'login:email' : 'email',
      LOGIN_FAILURES_PER_EMAIL,
      LOGIN_WINDOW_SECONDS,
    );
    this.perAddress = this.store.limiter(
      redis ? 'login:addr' : 'addr',
      LOGIN_FAILURES_PER_ADDRESS,
      LOGIN_WINDOW_SECONDS,
    );
  }

  /** Seconds to wait before trying again, or 0 when a login may be attempted. */
  async retryAfter(email: string, address: string): Promise<number> {
    const [byEmail, byAddress] = await Promise.all([
      this.perEmail.get(throttleKey(email)),
      this.perAddress.get(throttleKey(address)),
    ]);
    const blocked = [
      [byEmail, LOGIN_FAILURES_PER_EMAIL],
      [byAddress, LOGIN_FAILURES_PER_ADDRESS],
    ] as const;
    const waits = blocked
      .filter(([res, limit]) => res !== null && res.consumedPoints >= limit)
      .map(([res]) => Math.ceil((res as RateLimiterRes).msBeforeNext / 1000));
    return waits.length > 0 ? Math.max(...waits) : 0;
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.perEmail.penalty(throttleKey(email)).catch(() => undefined),
      this.perAddress.penalty(throttleKey(address)).catch(() => undefined),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perEmail.delete(throttleKey(email)).catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }
}

export function throttleKey(value: string): string {
  return createHash('sha256').update(value.trim().toLowerCase()).digest('hex').slice(0, 40);
}
