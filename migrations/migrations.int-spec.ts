import { readdirSync } from 'node:fs';
import { Client } from 'pg';
import {
  createTestDatabase,
  testServices,
  type TestDatabase,
} from '@onrecord/platform/database/testing';
import { MIGRATIONS } from './catalog';
import { ownerDataSource } from './owner-data-source';

async function query<T extends Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('lists every migration file of the folder, in timestamp order', () => {
    const files = readdirSync(__dirname)
      .filter((file) => /^\d{13}-.+\.ts$/.test(file))
      .map((file) => Number(file.slice(0, 13)))
      .sort((a, b) => a - b);
    const listed = MIGRATIONS.map((migration) => Number(/(\d{13})$/.exec(migration.name)?.[1]));
    expect(listed).toEqual(files);
  });

  it('leave no difference between the entities and the database (no drift)', async () => {
    const dataSource = ownerDataSource(db.ownerUrl);
    await dataSource.initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('revert to an empty schema and apply again', async () => {
    const dataSource = ownerDataSource(db.ownerUrl);
    await dataSource.initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
      const tables = await dataSource.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
      );
      expect(tables).toEqual([]);
      const applied = await dataSource.runMigrations();
      expect(applied).toHaveLength(MIGRATIONS.length);
    } finally {
      await dataSource.destroy();
    }
  });

  it('give the application role rows to work with but nothing to own or bypass', async () => {
    const app = testServices().app.name;
    const [role] = await query<{
      rolsuper: boolean;
      rolbypassrls: boolean;
      rolcreaterole: boolean;
      rolcreatedb: boolean;
    }>(
      db.ownerUrl,
      'SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1',
      [app],
    );
    expect(role).toEqual({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
    const owned = await query(
      db.ownerUrl,
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
        WHERE r.rolname = $1
       UNION ALL
       SELECT n.nspname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner WHERE r.rolname = $1`,
      [app],
    );
    expect(owned).toEqual([]);
    await expect(query(db.appUrl, 'CREATE TABLE intruder (id int)')).rejects.toThrow(
      /permission denied/,
    );
    await expect(query(db.appUrl, 'DROP TABLE system_check')).rejects.toThrow(/must be owner/);
    await expect(query(db.appUrl, 'SELECT count(*) FROM system_check')).resolves.toEqual([
      { count: '0' },
    ]);
  });
});
