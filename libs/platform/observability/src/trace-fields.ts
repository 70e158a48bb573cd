import { isSpanContextValid, trace } from '@opentelemetry/api';

/**
 * The active span's trace and span ids, for every log line written within it (pino's mixin):
 * a log line leads to its trace and back. Nothing while telemetry is off or outside a span.
 */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || !isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}
