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
 * Counts failed logins per email and per client address. The counters live where every api
 * replica sees them: Redis when configured, else PostgreSQL (table `login_throttle`).
 * Keys are hashed, so the store holds no email addresses.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  private readonly perEmail: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;
  private readonly close: () => Promise<void>;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const common = { duration: LOGIN_WINDOW_SECONDS, blockDuration: LOGIN_WINDOW_SECONDS };
    if (config.queue.kind === 'redis') {
      const redis = new IORedis({
        ...redisOptionsFromUrl(config.queue.url),
        maxRetriesPerRequest: 1,
        enableOfflineQueue: false,
      });
      const prefix = `${config.queue.prefix}:login`;
      this.perEmail = new RateLimiterRedis({
        ...common,
        storeClient: redis,
        keyPrefix: `${prefix}:email`,
        points: LOGIN_FAILURES_PER_EMAIL,
      });
      this.perAddress = new RateLimiterRedis({
        ...common,
        storeClient: redis,
        keyPrefix: `${prefix}:addr`,
        points: LOGIN_FAILURES_PER_ADDRESS,
      });
      this.close = async () => void redis.disconnect();
    } else {
      const pool = new Pool({ connectionString: config.database.url, max: 2 });
      const postgres = {
        ...common,
        storeClient: pool,
        storeType: 'pool',
        tableName: 'login_throttle',
        tableCreated: true,
        clearExpiredByTimeout: false,
      };
      this.perEmail = new RateLimiterPostgres({
        ...postgres,
        keyPrefix: 'email',
        points: LOGIN_FAILURES_PER_EMAIL,
      });
      this.perAddress = new RateLimiterPostgres({
        ...postgres,
        keyPrefix: 'addr',
        points: LOGIN_FAILURES_PER_ADDRESS,
      });
      this.close = () => pool.end();
    }
  }

  /** Seconds to wait before trying again, or 0 when a login may be attempted. */
  async retryAfter(email: string, address: string): Promise<number> {
    const [byEmail, byAddress] = await Promise.all([
      this.perEmail.get(key(email)),
      this.perAddress.get(key(address)),
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
      this.perEmail.penalty(key(email)).catch(() => undefined),
      this.perAddress.penalty(key(address)).catch(() => undefined),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perEmail.delete(key(email)).catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    await this.close();
  }
}

function key(value: string): string {
  return createHash('sha256').update(value.trim().toLowerCase()).digest('hex').slice(0, 40);
}
