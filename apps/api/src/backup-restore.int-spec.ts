import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { testConfig } from '@onrecord/platform/config/testing';
import { superuserQuery, testServices } from '@onrecord/platform/database/testing';
import { urlFor, withDatabase } from '@onrecord/platform/database';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  AUTH_FIELDS,
  createTestEnvironment,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { RequestsModule } from '@onrecord/requests';
import { AppModule } from './app.module';
import { DemoSeeder } from './demo/demo-seeder';
import { DEMO_MEMBERS, DEMO_PASSWORD } from './demo/demo-scenarios';

const ROOT = join(__dirname, '../../..');
const run = (script: string, args: string[]) =>
  execFileSync('bash', [join(ROOT, 'infra/ops', script), ...args], { encoding: 'utf8' });

/** What must survive a backup and a restore, read from the catalog (as the superuser). */
const CATALOG = {
  tables: `SELECT n.nspname || '.' || c.relname AS name, pg_get_userbyid(c.relowner) AS owner,
                  c.relrowsecurity AS rls, c.relforcerowsecurity AS forced
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'bullmq') ORDER BY 1`,
  policies: `SELECT schemaname, tablename, policyname, cmd, roles::text, qual, with_check
               FROM pg_policies ORDER BY 1, 2, 3`,
  grants: `SELECT table_schema, table_name, grantee, privilege_type
             FROM information_schema.role_table_grants
            WHERE table_schema IN ('public', 'bullmq') AND grantee NOT IN ('postgres', 'PUBLIC')
            ORDER BY 1, 2, 3, 4`,
  triggers: `SELECT tgrelid::regclass::text AS on_table, tgname FROM pg_trigger
              WHERE NOT tgisinternal ORDER BY 1, 2`,
  functions: `SELECT p.proname, pg_get_userbyid(p.proowner) AS owner, p.prosecdef
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public' ORDER BY 1`,
};

async function rowCounts(adminUrl: string): Promise<Record<string, number>> {
  const tables = await superuserQuery<{ name: string }>(adminUrl, CATALOG.tables);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [schema, table] = name.split('.');
    const [row] = await superuserQuery<{ n: number }>(
      adminUrl,
      `SELECT count(*)::int AS n FROM "${schema}"."${table}"`,
    );
    counts[name] = row!.n;
  }
  return counts;
}

/**
 * The restore drill (docs/operations.md, "Backups"): a populated database is backed up with
 * infra/ops/backup.sh, restored with infra/ops/restore.sh into a new database on the same
 * server, and the copy is checked the way an operator would before switching to it: the same
 * rows in every table, the same owners, row-level security and policies, the same grants to
 * the app role, and the api serving the restored records to a signed-in member.
 */
describe('backup and restore', () => {
  const sink = new SmtpSink();
  const services = testServices();
  const folder = mkdtempSync(join(tmpdir(), 'onrecord-backup-'));
  let environment: TestEnvironment;
  let original: INestApplication;
  let restored: INestApplication | undefined;
  let restoredName: string;

  @Module({ imports: [RequestsModule], providers: [DemoSeeder] })
  class DemoTestModule {}

  const logIn = async (client: ApiClient): Promise<TestAuth> =>
    (
      await client.data<{ logIn: TestAuth }>(
        `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
        { input: { email: DEMO_MEMBERS[0].email, password: DEMO_PASSWORD } },
      )
    ).logIn;

  /** What the demo admin sees: the organization's cases and written requests. */
  const whatTheAdminSees = async (client: ApiClient) => {
    const admin = client.as((await logIn(client)).accessToken);
    return admin.data<{ cases: { edges: unknown[] }; writtenRequests: { edges: unknown[] } }>(
      `{ cases(first: 100) { edges { node { id title status } } }
         writtenRequests(first: 100) { edges { node { id subject status deadline { dueOn } } } } }`,
    );
  };

  beforeAll(async () => {
    await sink.start();
    environment = await createTestEnvironment('redis', { SMTP_URL: sink.url });
    original = await NestFactory.create(
      { module: DemoTestModule, imports: [AppModule.forRoot(environment.config)] },
      { logger: false },
    );
    await original.listen(0, '127.0.0.1');
    await original.get(DemoSeeder).seed();
    restoredName = `${environment.db.name}_restored`;
  });
  afterAll(async () => {
    await restored?.close();
    await original?.close();
    await superuserQuery(
      services.adminUrl,
      `DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`,
    ).catch(() => undefined);
    await environment?.cleanUp();
    await sink.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores every row, the tenancy rules and the grants, and the api serves the copy', async () => {
    const archive = join(folder, 'onrecord.dump');
    expect(run('backup.sh', [environment.db.adminUrl, archive])).toContain('backup written');
    expect(
      run('restore.sh', [
        services.adminUrl,
        restoredName,
        archive,
        services.owner.name,
        services.app.name,
      ]),
    ).toContain(`restored into database ${restoredName}`);
    const restoredAdminUrl = withDatabase(services.adminUrl, restoredName);

    const before = await rowCounts(environment.db.adminUrl);
    expect(before['public.case_record']).toBeGreaterThan(0);
    expect(before['public.attendance_entry']).toBeGreaterThan(0);
    expect(await rowCounts(restoredAdminUrl)).toEqual(before);
    for (const query of Object.values(CATALOG)) {
      expect(await superuserQuery(restoredAdminUrl, query)).toEqual(
        await superuserQuery(environment.db.adminUrl, query),
      );
    }
    // Row-level security is forced on the tenant tables of the copy, not merely present.
    const unprotected = await superuserQuery<{ name: string }>(
      restoredAdminUrl,
      `SELECT c.relname AS name FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
          AND a.attname = 'organization_id' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)`,
    );
    expect(unprotected).toEqual([]);

    // As the app role, with no organization set, the copy shows nothing.
    const appUrl = urlFor(services.adminUrl, services.app, restoredName);
    const [seen] = await superuserQuery<{ n: number }>(
      appUrl,
      'SELECT count(*)::int AS n FROM case_record',
    );
    expect(seen!.n).toBe(0);

    // The api, pointed at the copy as the app role, serves the same records.
    restored = await NestFactory.create(
      AppModule.forRoot(
        testConfig({
          ...environment.env,
          DATABASE_URL: appUrl,
          DATABASE_OWNER_URL: urlFor(services.adminUrl, services.owner, restoredName),
        }),
      ),
      { logger: false },
    );
    await restored.listen(0, '127.0.0.1');
    const fromCopy = await whatTheAdminSees(new ApiClient(await restored.getUrl()));
    const fromOriginal = await whatTheAdminSees(new ApiClient(await original.getUrl()));
    expect(fromOriginal.cases.edges.length).toBeGreaterThan(0);
    expect(fromOriginal.writtenRequests.edges.length).toBeGreaterThan(0);
    expect(fromCopy).toEqual(fromOriginal);
  });

  it('refuses to restore over an existing database', () => {
    const archive = join(folder, 'onrecord.dump');
    expect(() =>
      execFileSync(
        'bash',
        [
          join(ROOT, 'infra/ops/restore.sh'),
          services.adminUrl,
          environment.db.name,
          archive,
          services.owner.name,
          services.app.name,
        ],
        { stdio: 'pipe' },
      ),
    ).toThrow(/already exists/);
  });
});
