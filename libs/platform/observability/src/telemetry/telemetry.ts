import { NodeSDK } from '@opentelemetry/sdk-node';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { PeriodicExportingMetricReader, type IMetricReader } from '@opentelemetry/sdk-metrics';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import { loadConfig, type AppConfig } from '@onrecord/platform/config';
import { onrecordInstrumentations } from './instrumentations';

export type TelemetryConfig = AppConfig['telemetry'];

/** Where spans and metrics go: the OTLP exporters in a process, in-memory ones in a test. */
export interface TelemetrySinks {
  spanProcessors: SpanProcessor[];
  metricReaders: IMetricReader[];
}

interface Running {
  sdk: NodeSDK;
  instrumentations: Instrumentation[];
}

let running: Running | undefined;

/** The OTLP/HTTP exporters the configuration asks for (none when telemetry is off). */
export function otlpSinks(config: TelemetryConfig): TelemetrySinks {
  const url = (signal: string) => (config.endpoint ? `${config.endpoint}/v1/${signal}` : undefined);
  return {
    spanProcessors: config.traces
      ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: url('traces') }))]
      : [],
    metricReaders: config.metrics
      ? [
          new PeriodicExportingMetricReader({
            exporter: new OTLPMetricExporter({ url: url('metrics') }),
          }),
        ]
      : [],
  };
}

/**
 * Starts OpenTelemetry for the process (`onrecord-api` / `onrecord-worker`, or
 * OTEL_SERVICE_NAME) when the configuration turns traces or metrics on; otherwise nothing is
 * started and the OpenTelemetry API stays a no-op. Answers the instrumentations in use, or
 * null when off. Must run before http, pg and ioredis are first required: the
 * instrumentations patch them as they load.
 */
export function startTelemetry(
  app: 'api' | 'worker',
  config: TelemetryConfig,
  sinks: TelemetrySinks = otlpSinks(config),
): Instrumentation[] | null {
  if (running) return running.instrumentations;
  if (!sinks.spanProcessors.length && !sinks.metricReaders.length) return null;
  const instrumentations = onrecordInstrumentations();
  const sdk = new NodeSDK({
    serviceName: config.serviceName ?? `onrecord-${app}`,
    // Given, even when empty: the SDK would otherwise read OTEL_* itself and export logs,
    // or traces, that the configuration did not ask for.
    spanProcessors: sinks.spanProcessors,
    metricReaders: sinks.metricReaders,
    logRecordProcessors: [],
    instrumentations,
  });
  sdk.start();
  running = { sdk, instrumentations };
  return instrumentations;
}

/**
 * The apps' first import: starts telemetry from the environment. A configuration that does
 * not load starts nothing here; main.ts loads it again and says what is wrong.
 */
export function startTelemetryFromEnvironment(app: 'api' | 'worker'): boolean {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch {
    return false;
  }
  return startTelemetry(app, config.telemetry) !== null;
}

export function telemetryRunning(): boolean {
  return running !== undefined;
}

/** Sends what is buffered and stops (the graceful exit's last step); a no-op when off. */
export async function stopTelemetry(): Promise<void> {
  const stopping = running;
  running = undefined;
  if (!stopping) return;
  try {
    await stopping.sdk.shutdown();
  } finally {
    for (const instrumentation of stopping.instrumentations) instrumentation.disable();
  }
}
