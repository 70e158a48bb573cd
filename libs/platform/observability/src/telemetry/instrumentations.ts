import type { IncomingMessage } from 'node:http';
import type { Span } from '@opentelemetry/api';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';

/**
 * What is traced without code of ours: HTTP in and out, every PostgreSQL statement, every
 * Redis command. Nothing personal is recorded: SQL text only with its `$1` placeholders
 * (never the values: `enhancedDatabaseReporting` stays off), Redis commands by name only
 * (a job's payload travels in their arguments), URLs without their query (a link's token).
 */
export function onrecordInstrumentations(): Instrumentation[] {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request) => request.url === '/health',
      requestHook: withoutQuery,
    }),
    // Only within a trace: a pool's idle checks and the queue's polling are no one's work.
    new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    new IORedisInstrumentation({
      requireParentSpan: true,
      dbStatementSerializer: (command) => command,
    }),
  ];
}

/** An incoming URL's query may hold a token: the span keeps the path only. */
function withoutQuery(span: Span, request: unknown): void {
  const url = (request as IncomingMessage).url;
  if (typeof url !== 'string' || !url.includes('?')) return;
  const path = url.slice(0, url.indexOf('?'));
  span.setAttribute('http.target', path);
  span.setAttribute('url.query', '');
  const host = (request as IncomingMessage).headers?.host;
  if (host) span.setAttribute('http.url', `http://${host}${path}`);
}
