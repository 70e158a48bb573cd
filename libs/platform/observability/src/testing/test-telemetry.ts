import { context, metrics, propagation, trace } from '@opentelemetry/api';
import type { InstrumentationBase } from '@opentelemetry/instrumentation';
import { MetricReader, type DataPoint, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import {
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type ReadableSpan,
} from '@opentelemetry/sdk-trace-base';
import { startTelemetry, stopTelemetry } from '../telemetry/telemetry';

/** A metric reader a test collects from when it wants to (no timer). */
class CollectOnDemand extends MetricReader {
  protected onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface TestTelemetry {
  /** Every span ended so far (exported: a span waits for its resource's attributes). */
  spans(): Promise<ReadableSpan[]>;
  /** The data points of the metric `name` now (observable gauges are read at this moment). */
  points(name: string): Promise<Array<DataPoint<unknown>>>;
  stop(): Promise<void>;
}

/**
 * Telemetry as a process runs it (the same SDK, the same instrumentations), with its spans
 * and metrics kept in memory. Jest loads modules through its own registry, where
 * OpenTelemetry's require hook never sees them, so the instrumentations are applied here to
 * the modules as `load` (the spec's own `require`) returns them: the same patch the hook
 * applies in a process (apps/worker/src/telemetry.spec.ts checks the hook there). Without
 * `load`, only our own spans and metrics are recorded.
 */
export function startTestTelemetry(load?: (name: string) => unknown): TestTelemetry {
  const exporter = new InMemorySpanExporter();
  const processor = new SimpleSpanProcessor(exporter);
  const reader = new CollectOnDemand();
  const instrumentations = startTelemetry(
    'worker',
    { traces: true, metrics: true, endpoint: null, serviceName: 'onrecord-test' },
    { spanProcessors: [processor], metricReaders: [reader] },
  );
  if (!instrumentations) throw new Error('telemetry did not start');
  if (load) instrumentLoaded(instrumentations as unknown as InstrumentationBase[], load);
  return {
    spans: async () => {
      await processor.forceFlush();
      return exporter.getFinishedSpans();
    },
    points: async (name) => {
      const { resourceMetrics } = await reader.collect();
      return pointsOf(resourceMetrics, name);
    },
    stop: async () => {
      await stopTelemetry();
      trace.disable();
      metrics.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** Applies each instrumentation's patch to its module as `load` returns it (see above). */
function instrumentLoaded(
  instrumentations: InstrumentationBase[],
  load: (name: string) => unknown,
): void {
  for (const instrumentation of instrumentations) {
    for (const definition of instrumentation.getModuleDefinitions()) {
      if (!definition.patch) continue;
      const moduleExports = load(definition.name);
      const version = definition.name.includes('/')
        ? undefined
        : (tryLoad(load, `${definition.name}/package.json`) as { version?: string } | undefined)
            ?.version;
      // Kept on the definition, as the hook keeps it, so that disabling unpatches it.
      definition.moduleExports = moduleExports;
      definition.moduleVersion = version;
      definition.patch(moduleExports, version);
    }
  }
}

function tryLoad(load: (name: string) => unknown, name: string): unknown {
  try {
    return load(name);
  } catch {
    return undefined;
  }
}

function pointsOf(resourceMetrics: ResourceMetrics, name: string): Array<DataPoint<unknown>> {
  return resourceMetrics.scopeMetrics.flatMap((scope) =>
    scope.metrics
      .filter((metric) => metric.descriptor.name === name)
      .flatMap((metric) => metric.dataPoints as Array<DataPoint<unknown>>),
  );
}
