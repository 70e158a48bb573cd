import { Client } from 'pg';
import { assertSchemaCompatibility } from 'bullmq';
import { POSTGRES_QUEUE_SCHEMA, type AppConfig } from '@onrecord/platform/config';
import { MIGRATIONS } from './migration-list';

/**
 * Refuses to start an app on a database that is behind the code: one sentence that says
 * to run the migrations, instead of errors about missing tables later.
 */
export async function assertDatabaseReady(config: AppConfig): Promise<void> {
  const client = new Client({
    connectionString: config.database.url,
    connectionTimeoutMillis: 5000,
  });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('public.migrations') AS name`);
    const applied = table.rows[0]?.name
      ? new Set(
          (await client.query<{ name: string }>('SELECT name FROM migrations')).rows.map(
            (r) => r.name,
          ),
        )
      : new Set<string>();
    const pending = MIGRATIONS.map((m) => m.name).filter((name) => !applied.has(name));
    if (pending.length > 0) {
      throw new Error(
        `the database is missing ${pending.length} migration(s) (${pending.join(', ')}). ` +
          'Run `npm run migrate` (after `npm run build`) with DATABASE_OWNER_URL set, or use `npm start`.',
      );
    }
    if (config.queue.kind === 'postgres') {
      try {
        await assertSchemaCompatibility(client, POSTGRES_QUEUE_SCHEMA);
      } catch (error) {
        throw new Error(
          `the queue tables in schema "${POSTGRES_QUEUE_SCHEMA}" are not ready (${(error as Error).message}). Run \`npm run migrate\`.`,
        );
      }
    }
  } finally {
    await client.end();
  }
}
