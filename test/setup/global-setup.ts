/**
 * Runs once before the integration or e2e tests: checks PostgreSQL and Redis are there
 * (failing plainly when not; never skipping), creates this run's roles, and migrates a
 * template database that each test file clones.
 */
import './register-paths';
import { randomBytes } from 'node:crypto';
import { checkPostgresConnection, provisionDatabase } from '@onrecord/platform/database';
import { TEST_SERVICES_VARIABLE, type TestServices } from '@onrecord/platform/database/testing';
import { checkRedisConnection } from '@onrecord/platform/queue';
import { migrateDatabase } from '@onrecord/migrations/run';

export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env['DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisUrl = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
  const problems: string[] = [];
  await checkPostgresConnection(adminUrl).catch((error: Error) => problems.push(error.message));
  await checkRedisConnection(redisUrl).catch((error: Error) => problems.push(error.message));
  if (problems.length > 0) {
    throw new Error(
      `The tests need PostgreSQL and Redis.\n${problems.join('\n')}\n` +
        'Start them (see README, "Testing"), or point DATABASE_URL / REDIS_URL at running servers.',
    );
  }
  const runId = `t${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const services: TestServices = {
    runId,
    adminUrl,
    redisUrl,
    template: `onrecord_${runId}_template`,
    owner: { name: `onrecord_${runId}_owner`, password: randomBytes(12).toString('hex') },
    app: { name: `onrecord_${runId}_app`, password: randomBytes(12).toString('hex') },
  };
  const urls = await provisionDatabase({
    adminUrl,
    database: services.template,
    owner: services.owner,
    app: services.app,
  });
  await migrateDatabase(urls.ownerUrl);
  process.env[TEST_SERVICES_VARIABLE] = JSON.stringify(services);
}
