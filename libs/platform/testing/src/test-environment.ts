import { rm } from 'node:fs/promises';
import type { AppConfig } from '@onrecord/platform/config';
import { testConfig } from '@onrecord/platform/config/testing';
import {
  createTestDatabase,
  testServices,
  type TestDatabase,
} from '@onrecord/platform/database/testing';
import { deleteRedisPrefix, uniqueQueuePrefix, type QueueBackendKind } from './queue-namespace';

export interface TestEnvironment {
  db: TestDatabase;
  backend: QueueBackendKind;
  queuePrefix: string;
  /** The variables an api or worker process of this test would get. */
  env: Record<string, string>;
  config: AppConfig;
  cleanUp(): Promise<void>;
}

/**
 * Everything one test file (or one backend within it) needs: its own database cloned from
 * the migrated template, its own queue namespace, and the matching configuration.
 */
export async function createTestEnvironment(
  backend: QueueBackendKind,
  extra: Record<string, string> = {},
): Promise<TestEnvironment> {
  const services = testServices();
  const db = await createTestDatabase();
  const queuePrefix = uniqueQueuePrefix();
  const env: Record<string, string> = {
    DATABASE_URL: db.appUrl,
    DATABASE_OWNER_URL: db.ownerUrl,
    QUEUE_PREFIX: queuePrefix,
    ...(backend === 'redis' ? { REDIS_URL: services.redisUrl } : {}),
    ...extra,
  };
  const config = testConfig(env);
  env['AUTH_SECRET'] = config.authSecret;
  // The documents' folder testConfig chose (a temporary one), for the processes too.
  if (config.documents.storage.kind === 'local')
    env['DOCUMENT_DIR'] ??= config.documents.storage.dir;
  return {
    db,
    backend,
    queuePrefix,
    env,
    config,
    cleanUp: async () => {
      // The Redis the processes were given (the shared one, or the test's own, or a
      // cluster), under the prefix as their keys start ({prefix} on a cluster).
      if (config.queue.kind === 'redis') await deleteRedisPrefix(config.queue, config.queue.prefix);
      await db.drop();
      if (config.documents.storage.kind === 'local')
        await rm(config.documents.storage.dir, { recursive: true, force: true });
    },
  };
}
