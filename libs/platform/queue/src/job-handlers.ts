import { Injectable } from '@nestjs/common';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { JobName, JobPayloads } from './jobs';
import { ON_JOB } from './on-job';

type Handler = (payload: unknown) => Promise<unknown>;

/**
 * The OpenTelemetry API itself, not platform/observability's helper: observability depends on
 * this lib (its health checks read the queues). A no-op while telemetry is off.
 */
const tracer = trace.getTracer('onrecord');

/**
 * Every `@OnJob` method of the application, by job name. The queue workers run jobs through
 * it; tests run a job through it directly, synchronously, without a queue (`run`).
 */
@Injectable()
export class JobHandlers {
  private found?: Map<JobName, Handler>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  has(name: JobName): boolean {
    return this.handlers().has(name);
  }

  /**
   * Runs the job's handler now, as a worker would, in a span `job <name>` (under BullMQ's
   * `process <queue>` span when a worker runs it). Its attributes are ids and counts only.
   */
  run<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<unknown> {
    const handler = this.handlers().get(name);
    if (!handler) throw new Error(`No handler for the job ${name}: is its module in the worker?`);
    // The organization only: platform knows no job's business (a job's own spans say more).
    const { organizationId } = payload as { organizationId?: string };
    return tracer.startActiveSpan(
      `job ${name}`,
      {
        attributes: {
          'onrecord.job.name': name,
          ...(organizationId ? { 'onrecord.organization.id': organizationId } : {}),
        },
      },
      async (span) => {
        try {
          return await handler(payload);
        } catch (error) {
          // The type only, as platform/observability's inSpan: a message may quote a person.
          const type = (error as Error)?.name || 'Error';
          span.setAttribute('error.type', type);
          span.setStatus({ code: SpanStatusCode.ERROR, message: type });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  }

  /** Found once, when every module is initialised (the first job comes after). */
  private handlers(): Map<JobName, Handler> {
    if (this.found) return this.found;
    const found = new Map<JobName, Handler>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || wrapper.isAlias || !Object.getPrototypeOf(instance)) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const name = Reflect.getMetadata(ON_JOB, prototype[method] as object) as
          JobName | undefined;
        if (!name) continue;
        if (found.has(name)) throw new Error(`The job ${name} has two handlers.`);
        const handle = instance[method] as Handler;
        found.set(name, (payload) => handle.call(instance, payload));
      }
    }
    this.found = found;
    return found;
  }
}
