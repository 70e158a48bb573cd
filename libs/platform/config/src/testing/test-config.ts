import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '../load-config';
import type { AppConfig } from '../config.schema';

/** A valid configuration for tests; pass the variables that matter to the test. */
export function testConfig(env: Record<string, string | undefined>): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SMTP_URL: 'smtp://127.0.0.1:2525',
    AUTH_SECRET: randomBytes(32).toString('hex'),
    // Never the repository's .data: each test app's documents in a folder of its own.
    DOCUMENT_DIR: join(tmpdir(), `onrecord-documents-${randomBytes(6).toString('hex')}`),
    ...env,
  });
}
