/**
 * `npm run migrate`: brings the database up to date as the owner role
 * (DATABASE_OWNER_URL, else DATABASE_URL). Run before starting a new release.
 */
import 'reflect-metadata';
import { checkPostgresConnection } from '@onrecord/platform/database';
import { runProcess } from '@onrecord/platform/observability';
import { migrateDatabase } from '@onrecord/migrations';

void runProcess('migrate', async () => {
  const url = process.env['DATABASE_OWNER_URL'] || process.env['DATABASE_URL'];
  if (!url)
    throw new Error('DATABASE_OWNER_URL: is required (the owner role of the database to migrate)');
  await checkPostgresConnection(
    url,
    process.env['DATABASE_OWNER_URL'] ? 'DATABASE_OWNER_URL' : 'DATABASE_URL',
  );
  const report = await migrateDatabase(url);
  process.stdout.write(
    `migrate: ${report.applied.length === 0 ? 'already up to date' : `applied ${report.applied.join(', ')}`}; queue schema version ${report.queueSchemaVersion}\n`,
  );
});
