import {
  Inject,
  Logger,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { ALL_QUEUES } from './jobs';
import { basicCredentialsMatch, type BasicCredentials } from './queue-dashboard-credentials';

/** Where the api serves the dashboard. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** Wrong credentials from one address before it must wait (the window's length). */
export const QUEUE_DASHBOARD_FAILURES_PER_ADDRESS = 10;
const FAILURE_WINDOW_SECONDS = 15 * 60;

/**
 * bull-board's page loads only its own files, but sets styles from script and in style
 * attributes, and links a stylesheet of Google Fonts. The api's policy (platform/graphql
 * security-headers) already allows inline styles; the only change here is `img-src` also
 * allowing `blob:`. The fonts stay refused: the page falls back to the system's fonts and an
 * operator's browser asks no third party. Scripts stay 'self' only, never inline.
 */
export const QUEUE_DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The queue dashboard (bull-board) at /admin/queues, for the people who run the service —
 * not the members of an organization, who never see another organization's jobs.
 *
 * It is the one HTTP surface of the api that the access guard (platform/auth) does not gate,
 * and it is that on purpose: the guard gates Nest routes by the caller's organization
 * credential, and the dashboard is an Express app of bull-board's, mounted here as
 * middleware, whose callers belong to no organization. So it has a gate of its own, in
 * front of every one of its paths (its page, its files and its JSON API): HTTP Basic with
 * QUEUE_DASHBOARD_USER / QUEUE_DASHBOARD_PASSWORD, compared in constant time, failures
 * throttled per address. Without those settings, or when the queue runs on PostgreSQL
 * (bull-board reads BullMQ's Redis keys), nothing is mounted and the path is a 404. The
 * lint rule "access-rule-declared" sees controllers only; apps/api/src/http.int-spec.ts and
 * queue-dashboard.int-spec.ts hold this exception to what it can and cannot reach.
 */
@Module({})
export class QueueDashboardModule implements NestModule, OnApplicationBootstrap {
  private readonly logger = new Logger('QueueDashboard');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const credentials = this.config.queueDashboard;
    if (queueDashboardOff(this.config) || !credentials) return;
    const board = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
    createBullBoard({
      queues: ALL_QUEUES.map(
        (name) =>
          new BullMQAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false })),
      ),
      serverAdapter: board,
      options: { uiConfig: { boardTitle: 'OnRecord queues' } },
    });
    consumer
      .apply(queueDashboardGate(credentials), board.getRouter() as RequestHandler)
      .forRoutes(QUEUE_DASHBOARD_PATH);
  }

  onApplicationBootstrap(): void {
    const off = queueDashboardOff(this.config);
    if (off) this.logger.log(`queue dashboard off: ${off}`);
    else this.logger.log(`queue dashboard at ${QUEUE_DASHBOARD_PATH} (HTTP Basic)`);
  }
}

/** Why there is no dashboard, or null when there is one. */
export function queueDashboardOff(config: AppConfig): string | null {
  if (!config.queueDashboard)
    return 'QUEUE_DASHBOARD_USER and QUEUE_DASHBOARD_PASSWORD are not set';
  if (config.queue.kind !== 'redis')
    return 'the queue runs on PostgreSQL (the dashboard is for the Redis queue)';
  return null;
}

/**
 * Lets through a request with the dashboard's credentials; answers 401 with a Basic
 * challenge otherwise, and 429 to an address after too many wrong ones. What it lets
 * through gets the dashboard's content security policy and is never cached.
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
        res.setHeader('retry-after', String(Math.ceil(seen.msBeforeNext / 1000)));
        res.status(429).type('text/plain').send('Too many wrong credentials: try again later.');
        return;
      }
      if (!basicCredentialsMatch(req.headers.authorization, credentials)) {
        // A request with no credentials is a browser's first try: it is not a failure.
        if (req.headers.authorization) await failures.penalty(address);
        res.setHeader('www-authenticate', 'Basic realm="OnRecord queues", charset="UTF-8"');
        res.status(401).type('text/plain').send('The queue dashboard needs its credentials.');
        return;
      }
      res.setHeader('content-security-policy', QUEUE_DASHBOARD_CSP);
      res.setHeader('cache-control', 'no-store');
      next();
    })().catch(next);
  };
}
