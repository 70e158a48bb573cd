import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { ThrottleStore, throttleKey } from '@onrecord/platform/auth';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';

/** Sign-in links one address may ask for in the window (a lost email, a second try…). */
export const PORTAL_LINKS_PER_EMAIL = 5;
/** Sign-in links one client address may ask for, whatever the emails. */
export const PORTAL_LINKS_PER_ADDRESS = 30;
export const PORTAL_LINK_WINDOW_SECONDS = 15 * 60;

/**
 * Counts requests for portal sign-in links, known address or not (counting only known ones
 * would tell which are known): per email, so nobody floods a parent's inbox, and per client
 * address, so nobody walks a list of emails.
 */
@Injectable()
export class PortalLinkThrottle implements OnModuleDestroy {
  private readonly store: ThrottleStore;
  private readonly perEmail: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.store = new ThrottleStore(config);
    this.perEmail = this.store.limiter(
      'portal-link:email',
      PORTAL_LINKS_PER_EMAIL,
      PORTAL_LINK_WINDOW_SECONDS,
    );
    this.perAddress = this.store.limiter(
      'portal-link:addr',
      PORTAL_LINKS_PER_ADDRESS,
      PORTAL_LINK_WINDOW_SECONDS,
    );
  }

  /** Counts one request; the seconds to wait when over a limit, else 0. */
  async take(email: string, address: string): Promise<number> {
    try {
      await this.perAddress.consume(throttleKey(address));
      await this.perEmail.consume(throttleKey(email));
      return 0;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.store.close();
  }
}
