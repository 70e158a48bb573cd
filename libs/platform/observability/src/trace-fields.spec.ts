import { Writable } from 'node:stream';
import pino from 'pino';
import { startTestTelemetry, type TestTelemetry } from './testing';
import { inSpan } from './telemetry/spans';
import { loggingOptions } from './logging.module';
import { traceFields } from './trace-fields';
import { testConfig } from '@onrecord/platform/config/testing';

describe('log lines within a span', () => {
  let telemetry: TestTelemetry;

  beforeAll(() => {
    telemetry = startTestTelemetry();
  });
  afterAll(() => telemetry.stop());

  it('carry the trace and span ids, and nothing outside a span', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
        done();
      },
    });
    // The logger as the apps configure it (LoggingModule's pino options).
    const { pinoHttp } = loggingOptions(
      'worker',
      testConfig({ LOG_LEVEL: 'info', DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/onrecord' }),
    );
    const logger = pino(
      { level: pinoHttp.level, base: pinoHttp.base, mixin: pinoHttp.mixin },
      stream,
    );

    logger.info('outside');
    const ids = await inSpan('work', {}, async (span) => {
      logger.info('inside');
      return span.spanContext();
    });

    expect(lines).toEqual([
      expect.not.objectContaining({ trace_id: expect.anything() }),
      expect.objectContaining({ msg: 'inside', trace_id: ids.traceId, span_id: ids.spanId }),
    ]);
    expect(traceFields()).toEqual({});
    expect((await telemetry.spans()).map((s) => s.name)).toEqual(['work']);
  });
});
