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

/** The logger's options: JSON lines at the configured level, trace ids within a span. */
export function loggingOptions(app: 'api' | 'worker', config: AppConfig) {
  return {
    pinoHttp: {
      level: config.logLevel,
      base: { app, pid: process.pid },
      genReqId: requestIdFor,
      mixin: traceFields,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'],
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
