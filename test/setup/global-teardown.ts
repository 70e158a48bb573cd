/** Drops every database and role this run created, including those of files that crashed. */
import './register-paths';
import { Client } from 'pg';
import { testServices } from '@onrecord/platform/database/testing';

export default async function globalTeardown(): Promise<void> {
  const services = testServices();
  const client = new Client({ connectionString: services.adminUrl });
  await client.connect();
  try {
    const databases = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`onrecord_${services.runId}_%`],
    );
    for (const { datname } of databases.rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    for (const role of [services.app.name, services.owner.name]) {
      await client.query(`DROP ROLE IF EXISTS "${role}"`);
    }
  } finally {
    await client.end();
  }
}
