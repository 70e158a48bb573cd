import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { urlFor, withDatabase } from '../provisioning';
import { testServices } from './test-services';

export interface TestDatabase {
  name: string;
  /** The application role: owns nothing, subject to row-level security. */
  appUrl: string;
  /** The owner role, as migrations run (bound by row-level security too). */
  ownerUrl: string;
  /** The superuser the tests run with: sees every row, for checking what was written. */
  adminUrl: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testServices().adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database for one test file, cloned from the migrated template in a few ms. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const services = testServices();
  const name = `onrecord_${services.runId}_${randomBytes(4).toString('hex')}`;
  await admin(async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(
          `CREATE DATABASE "${name}" TEMPLATE "${services.template}" OWNER "${services.owner.name}"`,
        );
        return;
      } catch (error) {
        // Two files cloning the same template at the same instant: wait and retry.
        if ((error as { code?: string }).code !== '55006' || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  });
  return {
    name,
    appUrl: urlFor(services.adminUrl, services.app, name),
    ownerUrl: urlFor(services.adminUrl, services.owner, name),
    adminUrl: withDatabase(services.adminUrl, name),
    drop: () =>
      admin(
        async (client) =>
          void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
      ),
  };
}

export { withDatabase };
