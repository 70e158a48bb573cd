import { join } from 'node:path';
import { firstImportOf, patchedAfterRequiring } from './first-import';

const settings = {
  DATABASE_URL: 'postgres://app:pw@127.0.0.1:5432/onrecord',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  AUTH_SECRET: 'x'.repeat(32),
};

/**
 * The checks each app's spec runs on its own entry (`<app>/src/main.ts` and `telemetry.ts`):
 * telemetry is the first import, and it patches http, pg and ioredis when on, nothing when off.
 */
export function describeTelemetryStart(app: 'api' | 'worker', sourceDir: string): void {
  describe(`the ${app} starts telemetry before anything loads http, pg or ioredis`, () => {
    it('imports ./telemetry first', () => {
      expect(firstImportOf(join(sourceDir, 'main.ts'))).toBe("import './telemetry';");
    });

    it('patches them as they load when telemetry is on, and leaves them alone when off', () => {
      const entry = join(sourceDir, 'telemetry.ts');
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
}
