import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { traceFields } from './trace-fields';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** The request id: the caller's `x-request-id` when it looks sane, a new UUID otherwise. */
export function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  const id = given && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}

/**
 * What a request's log lines say of it: no headers (a token, a cookie or an API key must
 * never be written, and the rest is noise). pino-http binds the request to a per-request
 * child logger as each request starts, whatever the level, so this runs on every request:
 * redacting whole header objects instead cost a fifth of a trivial request's time.
 */
export function requestFields(req: {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}): Record<string, unknown> {
  return { id: req.id, method: req.method, url: req.url, remoteAddress: req.remoteAddress };
}

/** The logger's options: JSON lines at the configured level, trace ids within a span. */
export function loggingOptions(app: 'api' | 'worker', config: AppConfig) {
  return {
    pinoHttp: {
      level: config.logLevel,
      base: { app, pid: process.pid },
      genReqId: requestIdFor,
      mixin: traceFields,
      serializers: { req: requestFields },
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
    },
  };
}

/**
 * Structured JSON logs (pino) for a process named `app`; HTTP requests carry a request id,
 * and every line written within a span its `trace_id` and `span_id`.
 */
@Module({})
export class LoggingModule {
  static forRoot(app: 'api' | 'worker'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => loggingOptions(app, config),
        }),
      ],
    };
  }
}
