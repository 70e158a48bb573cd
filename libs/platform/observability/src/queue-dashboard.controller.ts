import { All, Controller, Inject, Next, type OnModuleInit, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { Operators } from '@onrecord/platform/auth';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { ALL_QUEUES } from '@onrecord/platform/queue';
import { basicCredentialsMatch, type BasicCredentials } from './queue-dashboard-credentials';

/** Where the api serves the dashboard. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Wrong credentials from one address in a quarter of an hour before it must wait. */
export const QUEUE_DASHBOARD_FAILURES_PER_ADDRESS = 10;
const FAILURE_WINDOW_SECONDS = 15 * 60;

/**
 * The queue dashboard (bull-board, an Express app of its own) at /admin/queues, for the
 * people who run the service. A Nest route like any other, so the access guard sees it
 * and the api's middleware (security headers, request logs with the Authorization header
 * redacted) runs before it; its rule is @Operators: no organization's credential reaches it,
 * and the route's own gate asks for HTTP Basic with QUEUE_DASHBOARD_USER /
 * QUEUE_DASHBOARD_PASSWORD before bull-board answers anything (its page, files or JSON API).
 *
 * The api's security headers (platform/graphql security-headers) apply unchanged: the page
 * loads its scripts from this origin and sets styles inline, which that policy allows. The
 * one thing it refuses is the page's Google Fonts stylesheet: the dashboard draws in the
 * system's fonts and an operator's browser asks no third party
 * (test/browser/queue-dashboard.browser-spec.ts draws it in Chromium).
 */
@Operators()
@Controller(QUEUE_DASHBOARD_PATH)
export class QueueDashboardController implements OnModuleInit {
  private gate!: RequestHandler;
  private board!: Express;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  onModuleInit(): void {
    const credentials = this.config.queueDashboard;
    if (!credentials) throw new Error('The queue dashboard is mounted without its credentials.');
    this.gate = queueDashboardGate(credentials);
    const adapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: ALL_QUEUES.map(
        (name) =>
          new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })),
      ),
      serverAdapter: adapter,
      options: { uiConfig: { boardTitle: 'OnRecord queues' } },
    });
    this.board = adapter.getRouter() as Express;
    // An Express app says X-Powered-By unless told not to; the api's answers never do.
    this.board.disable('x-powered-by');
  }

  /** Every path under /admin/queues: the gate, then bull-board's app at its own root. */
  @All(['', '*path'])
  serve(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction): void {
    this.gate(req, res, () => {
      const rest = req.originalUrl.slice(QUEUE_DASHBOARD_PATH.length);
      req.url = rest.startsWith('/') ? rest : `/${rest}`;
      req.baseUrl = QUEUE_DASHBOARD_PATH;
      this.board(req, res, next);
    });
  }
}

/**
 * Lets through a request with the dashboard's credentials (compared in constant time);
 * answers 401 with a Basic challenge otherwise, and 429 to an address after too many wrong
 * ones (counted in this process). What it lets through is never cached.
 */
export function queueDashboardGate(credentials: BasicCredentials): RequestHandler {
  const failures = new RateLimiterMemory({
    points: QUEUE_DASHBOARD_FAILURES_PER_ADDRESS,
    duration: FAILURE_WINDOW_SECONDS,
  });
  return (req: Request, res: Response, next: NextFunction) => {
    const address = req.socket.remoteAddress ?? 'unknown';
    void (async () => {
      const seen = await failures.get(address);
      if (seen && seen.consumedPoints >= QUEUE_DASHBOARD_FAILURES_PER_ADDRESS) {
        res.setHeader('retry-after', String(Math.max(1, Math.ceil(seen.msBeforeNext / 1000))));
        res.status(429).type('text/plain').send('Too many wrong credentials: try again later.');
        return;
      }
      if (!basicCredentialsMatch(req.headers.authorization, credentials)) {
        // No credentials at all is a browser's first request, before it asks: not a failure.
        if (req.headers.authorization) await failures.penalty(address);
        res.setHeader('www-authenticate', 'Basic realm="OnRecord queues", charset="UTF-8"');
        res.status(401).type('text/plain').send('The queue dashboard needs its credentials.');
        return;
      }
      res.setHeader('cache-control', 'no-store');
      next();
    })().catch(next);
  };
}
