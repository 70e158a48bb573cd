import { join } from 'node:path';
import { firstImportOf, patchedAfterRequiring } from '@onrecord/platform/observability/testing';

const settings = {
  DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/onrecord',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  AUTH_SECRET: 'x'.repeat(32),
};

describe('the worker starts telemetry before anything loads http, pg or ioredis', () => {
  it('imports ./telemetry first', () => {
    expect(firstImportOf(join(__dirname, 'main.ts'))).toBe("import './telemetry';");
  });

  it('patches them as they load when telemetry is on, and leaves them alone when off', () => {
    const entry = join(__dirname, 'telemetry.ts');
    expect(
      patchedAfterRequiring(entry, {
        ...settings,
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9',
      }),
    ).toEqual({ pg: true, ioredis: true, http: true });
    expect(patchedAfterRequiring(entry, settings)).toEqual({
      pg: false,
      ioredis: false,
      http: false,
    });
  });
});
