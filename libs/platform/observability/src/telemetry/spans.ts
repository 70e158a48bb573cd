import { SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

/** Our own spans' tracer (OpenTelemetry's no-op one while telemetry is off). */
const tracer = trace.getTracer('onrecord');

/**
 * Runs `work` in a span named `name`, the active span meanwhile (the statements and the
 * calls it makes are its children). Attributes are ids and counts only: never a name, an
 * address, a subject or a message's text. A failure marks the span as an error with the
 * error's type (and code) only: messages may quote what a person wrote or an address, and
 * the log line of the failure, which carries the trace id, has the details.
 */
export function inSpan<T>(
  name: string,
  attributes: Attributes,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      markFailed(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** The span failed: its status and `error.type`, e.g. "QueryFailedError 23505". */
export function markFailed(span: Span, error: unknown): void {
  const type = errorType(error);
  span.setAttribute('error.type', type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
}

export function errorType(error: unknown): string {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  const kind = typeof name === 'string' && name ? name : 'Error';
  return typeof code === 'string' || typeof code === 'number' ? `${kind} ${code}` : kind;
}
