import { Client } from 'pg';

/**
 * Runs SQL as the tests' superuser on a test database (row-level security does not bind it):
 * for seeding rows a test needs and checking what was really written.
 */
export async function superuserQuery<T = Record<string, unknown>>(
  adminUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** An organization written directly, for tests below the GraphQL layer. Returns its id. */
export async function seedOrganization(adminUrl: string, name: string): Promise<string> {
  const [row] = await superuserQuery<{ id: string }>(
    adminUrl,
    `INSERT INTO organization (name, time_zone, home_state) VALUES ($1, 'America/Chicago', 'TX')
     RETURNING id`,
    [name],
  );
  return row!.id;
}
