import { metrics, trace } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { loadConfig } from '@onrecord/platform/config';
import {
  otlpSinks,
  startTelemetry,
  startTelemetryFromEnvironment,
  stopTelemetry,
  telemetryRunning,
} from './telemetry';

const valid = {
  DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/onrecord',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  AUTH_SECRET: 'x'.repeat(32),
};

/** Is anything recording? A span of the global tracer tells. */
const recording = () => {
  const span = trace.getTracer('probe').startSpan('probe');
  const answer = span.isRecording();
  span.end();
  return answer;
};

describe('telemetry', () => {
  afterEach(async () => {
    await stopTelemetry();
    trace.disable();
    metrics.disable();
  });

  it('is off by default: no exporter configured, no SDK started, nothing recorded', () => {
    const config = loadConfig(valid).telemetry;
    expect(otlpSinks(config)).toEqual({ spanProcessors: [], metricReaders: [] });
    expect(startTelemetry('api', config)).toBeNull();
    expect(telemetryRunning()).toBe(false);
    expect(recording()).toBe(false);
  });

  it('starts nothing when the configuration does not load (main.ts says what is wrong)', () => {
    const saved = process.env;
    process.env = { ...valid, OTEL_TRACES_EXPORTER: 'jaeger' };
    try {
      expect(startTelemetryFromEnvironment('worker')).toBe(false);
    } finally {
      process.env = saved;
    }
    expect(telemetryRunning()).toBe(false);
  });

  it('exports over OTLP what the endpoint or an exporter turns on', () => {
    const both = loadConfig({ ...valid, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' });
    const sinks = otlpSinks(both.telemetry);
    expect([sinks.spanProcessors.length, sinks.metricReaders.length]).toEqual([1, 1]);
    const tracesOnly = loadConfig({ ...valid, OTEL_TRACES_EXPORTER: 'otlp' });
    const traces = otlpSinks(tracesOnly.telemetry);
    expect([traces.spanProcessors.length, traces.metricReaders.length]).toEqual([1, 0]);
  });

  it('names the service onrecord-<app> unless OTEL_SERVICE_NAME says otherwise, and stops', async () => {
    const names: string[] = [];
    const keep = {
      onStart: () => undefined,
      onEnd: (span: ReadableSpan) => {
        names.push(String(span.resource.attributes['service.name']));
      },
      forceFlush: () => Promise.resolve(),
      shutdown: () => Promise.resolve(),
    };
    const config = loadConfig(valid).telemetry;
    expect(
      startTelemetry('worker', config, { spanProcessors: [keep], metricReaders: [] }),
    ).not.toBeNull();
    expect(telemetryRunning()).toBe(true);
    expect(recording()).toBe(true);
    await stopTelemetry();
    trace.disable();
    expect(telemetryRunning()).toBe(false);
    expect(recording()).toBe(false);

    const named = loadConfig({ ...valid, OTEL_SERVICE_NAME: 'onrecord-worker-eu' }).telemetry;
    startTelemetry('worker', named, { spanProcessors: [keep], metricReaders: [] });
    recording();
    expect(names).toEqual(['onrecord-worker', 'onrecord-worker-eu']);
  });
});
