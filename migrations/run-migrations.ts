import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { runMigrations as runQueueMigrations } from 'bullmq';
import { POSTGRES_QUEUE_SCHEMA } from '@onrecord/platform/config';
import { dataSourceOptions } from '@onrecord/platform/database';
import { MIGRATIONS } from './migration-list';

export interface MigrationReport {
  applied: string[];
  queueSchemaVersion: number;
}

/**
 * Brings a database up to date, as the owner role: OnRecord's migrations, then the tables
 * of BullMQ's PostgreSQL backend (used when REDIS_URL is not set).
 */
export async function migrateDatabase(ownerUrl: string): Promise<MigrationReport> {
  // Migrations need no entities: keep application code out of this path (jest's global
  // setup runs it in the parent process).
  const dataSource = new DataSource(
    dataSourceOptions({
      url: ownerUrl,
      entities: [],
      migrations: MIGRATIONS,
      applicationName: 'onrecord-migrate',
      poolSize: 2,
    }),
  );
  await dataSource.initialize();
  let applied: string[];
  try {
    applied = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const queueSchemaVersion = await runQueueMigrations(client, POSTGRES_QUEUE_SCHEMA);
    return { applied, queueSchemaVersion };
  } finally {
    await client.end();
  }
}
