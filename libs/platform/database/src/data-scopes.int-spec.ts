import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from './testing';
import { dataSourceOptions } from './data-source-options';
import { DataScopes } from './data-scope';

/**
 * A pooled connection goes back to the pool only outside any transaction: whatever failed
 * (setting the identity, the work, the commit), the next user of the connection gets a clean
 * one. The pool has one connection, so the next user always gets the same one.
 */
describe('DataScopes and the connection pool', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let scopes: DataScopes;

  beforeAll(async () => {
    // The destroyed connection is logged as a warning: expected here.
    Logger.overrideLogger(false);
    db = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions({ url: db.appUrl, entities: [], poolSize: 1 }));
    await dataSource.initialize();
    scopes = new DataScopes(dataSource);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  async function nextUserSeesACleanConnection(): Promise<void> {
    const [row] = (await dataSource.query(
      `SELECT 1 AS ok, current_setting('app.organization_id', true) AS org`,
    )) as Array<{ ok: number; org: string | null }>;
    expect(row?.ok).toBe(1);
    // The identity of the failed scope did not leak either.
    expect(row?.org ?? '').toBe('');
  }

  it("runs a scope's queries asked side by side one after another, never into pg's deprecated queue", async () => {
    // Each query sent while the connection was still busy with another (what pg 8 queues
    // with a deprecation warning, and pg 9 refuses).
    let sentWhileBusy = 0;
    const send = Client.prototype.query;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
      this: Client,
      ...args: unknown[]
    ) {
      const client = this as unknown as { activeQuery: unknown };
      if (client.activeQuery) sentWhileBusy += 1;
      return (send as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof send);
    // Its own pool: its connection keeps the spied query function, and goes with the pool.
    const own = new DataSource(dataSourceOptions({ url: db.appUrl, entities: [], poolSize: 1 }));
    await own.initialize();
    try {
      // As sibling GraphQL resolvers do: several statements at once on the scope's connection.
      const answers = await new DataScopes(own).run({}, undefined, (scope) =>
        Promise.all(
          [1, 2, 3, 4, 5].map((n) =>
            scope.manager.query('SELECT $1::int AS n, pg_sleep(0.01)', [n]),
          ),
        ),
      );
      expect(answers.map((rows) => (rows as Array<{ n: number }>)[0]!.n)).toEqual([1, 2, 3, 4, 5]);
      expect(spy).toHaveBeenCalled();
      expect(sentWhileBusy).toBe(0);
    } finally {
      await own.destroy();
      spy.mockRestore();
    }
  });

  it('prepares a statement with parameters once on its connection, and PostgreSQL stops planning it', async () => {
    const sql = 'SELECT $1::int + 1 AS n';
    for (let n = 0; n < 8; n += 1) {
      const rows = await scopes.run({}, undefined, (scope) => scope.manager.query(sql, [n]));
      expect(rows).toEqual([{ n: n + 1 }]);
    }
    // A value PostgreSQL refuses fails its own use only: the statement stays prepared.
    await expect(
      scopes.run({}, undefined, (scope) => scope.manager.query(sql, ['not a number'])),
    ).rejects.toThrow(/invalid input/);
    // A statement without parameters is sent as it is (a simple query), not prepared.
    await scopes.run({}, undefined, (scope) => scope.manager.query('SELECT 2 AS two'));
    const prepared = (await scopes.run({}, undefined, (scope) =>
      scope.manager.query(
        'SELECT name, statement, generic_plans, custom_plans FROM pg_prepared_statements',
      ),
    )) as Array<{ name: string; statement: string; generic_plans: string; custom_plans: string }>;
    // One connection (the pool's only one): the statement with parameters once, under a name
    // from its text; the two without (this one too) not at all.
    expect(prepared.map((p) => p.statement)).toEqual([sql]);
    const statement = prepared.find((p) => p.statement === sql)!;
    expect(statement.name).toMatch(/^onrecord_[\w-]+$/);
    // Planned for the first executions, then its generic plan served the rest.
    expect(Number(statement.generic_plans)).toBeGreaterThan(0);
    expect(Number(statement.custom_plans)).toBeLessThan(8);
  });

  it('tells the caller to try again when every connection stays busy, and serves the next', async () => {
    let release: () => void = () => undefined;
    const holding = scopes.run({}, undefined, () => new Promise<void>((r) => (release = r)));
    // The pool's one connection is held past the pool's wait (5 s).
    await expect(scopes.run({}, undefined, () => Promise.resolve())).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('try again'),
    });
    release();
    await holding;
    await expect(scopes.run({}, undefined, () => Promise.resolve('served'))).resolves.toBe(
      'served',
    );
    await nextUserSeesACleanConnection();
  }, 20_000);

  it('rolls back when the identity cannot be set (a NUL in a setting)', async () => {
    await expect(scopes.open({ userId: 'x\u0000@example.org' })).rejects.toThrow();
    await nextUserSeesACleanConnection();
  });

  it('reads an opening read in the transaction, as the identity, and quotes what it embeds', async () => {
    const organizationId = '6bb2849e-6aef-4c0c-8378-0ec7d0b3795e';
    const open = await scopes.open(
      { organizationId },
      undefined,
      (literal) =>
        `SELECT current_setting('app.organization_id') AS org, ${literal("it's")} AS quoted`,
    );
    try {
      // The settings are transaction-local: seen by the read, it ran in the transaction.
      expect(open.opened).toEqual([{ org: organizationId, quoted: "it's" }]);
      expect(
        await open.scope.read(() => `SELECT current_setting('app.organization_id') AS org`),
      ).toEqual([{ org: organizationId }]);
    } finally {
      await open.commit();
    }
    await nextUserSeesACleanConnection();
  });

  it('rolls back when the opening read fails or would embed a NUL', async () => {
    await expect(scopes.open({}, undefined, () => 'SELECT 1/0')).rejects.toThrow();
    await nextUserSeesACleanConnection();
    await expect(
      scopes.open({}, undefined, (literal) => `SELECT ${literal('a\u0000b')}`),
    ).rejects.toThrow(/NUL/);
    await nextUserSeesACleanConnection();
  });

  it('rolls back when a statement of the work fails and the scope is rolled back', async () => {
    const open = await scopes.open({ organizationId: '6bb2849e-6aef-4c0c-8378-0ec7d0b3795e' });
    await expect(open.scope.manager.query('SELECT 1/0')).rejects.toThrow();
    await open.rollback();
    await nextUserSeesACleanConnection();
  });

  it('rolls back when the work fails and the caller asks for a commit anyway', async () => {
    const open = await scopes.open({ organizationId: '6bb2849e-6aef-4c0c-8378-0ec7d0b3795e' });
    await expect(open.scope.manager.query(`SELECT 'x'::uuid`)).rejects.toThrow();
    // PostgreSQL answers COMMIT of an aborted transaction with a rollback: refused here.
    await expect(open.commit()).rejects.toThrow(/aborted|rolled back/i);
    await nextUserSeesACleanConnection();
  });

  it('rolls back in run() when the work throws', async () => {
    await expect(
      scopes.run({}, undefined, async (scope) => scope.manager.query('SELECT 1/0')),
    ).rejects.toThrow();
    await nextUserSeesACleanConnection();
  });

  it('destroys the connection when it cannot be rolled back', async () => {
    const open = await scopes.open({});
    const [{ pid }] = (await open.scope.manager.query('SELECT pg_backend_pid() AS pid')) as Array<{
      pid: number;
    }>;
    // The server ends the session: rollback cannot reach it.
    const killer = new DataSource(dataSourceOptions({ url: db.adminUrl, entities: [] }));
    await killer.initialize();
    await killer.query('SELECT pg_terminate_backend($1)', [pid]);
    await killer.destroy();
    await expect(open.scope.manager.query('SELECT 1')).rejects.toThrow();
    await open.rollback();
    await nextUserSeesACleanConnection();
  });
});
