import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import IORedis from 'ioredis';
import { ConfigModule } from '@onrecord/platform/config';
import { testConfig } from '@onrecord/platform/config/testing';
import { DatabaseModule } from '@onrecord/platform/database';
import { QueueModule } from '@onrecord/platform/queue';
import { MailModule } from '@onrecord/platform/mail';
import { superuserQuery, testServices } from '@onrecord/platform/database/testing';
import { urlFor, withDatabase } from '@onrecord/platform/database';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  AUTH_FIELDS,
  createTestEnvironment,
  deleteRedisPrefix,
  eventually,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { FollowUpsWorkerModule } from '@onrecord/follow-ups';
import { ENTITIES, SUBSCRIBERS } from '@onrecord/migrations';
import {
  dayOffset,
  followUpOrganization,
  SEND_AT_ONCE,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { uploadDocument } from '@onrecord/documents/testing';
import { AppModule } from './app.module';
import { DemoSeeder } from './demo/demo-seeder';
import { DemoModule } from './demo/demo.module';
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
  let worker: INestApplicationContext | undefined;
  /** An organization with follow-ups owed when the backup is taken (queued, never sent). */
  let owing: FollowUpOrganization;
  const OWED_REQUESTS = 3;
  /** A document on a demo case, its bytes in the original's document storage. */
  const DOCUMENT_BYTES = Buffer.from('%PDF-1.4\n% the IEP, kept through a restore\n%%EOF\n');
  let documentId: string;

  const logIn = async (client: ApiClient): Promise<TestAuth> =>
    (
      await client.data<{ logIn: TestAuth }>(
        `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
        { input: { email: DEMO_MEMBERS[0].email, password: DEMO_PASSWORD } },
      )
    ).logIn;

  /** The document's bytes as the api serves them to the demo admin. */
  const documentBytes = async (client: ApiClient): Promise<Buffer> => {
    const response = await fetch(`${client.url}/documents/${documentId}/content`, {
      headers: { authorization: `Bearer ${(await logIn(client)).accessToken}` },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };

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
      { module: DemoModule, imports: [AppModule.forRoot(environment.config)] },
      { logger: false },
    );
    await original.listen(0, '127.0.0.1');
    await original.get(DemoSeeder).seed();
    restoredName = `${environment.db.name}_restored`;
    const [demoCase] = await superuserQuery<{ id: string }>(
      environment.db.adminUrl,
      'SELECT id FROM case_record ORDER BY created_at, id LIMIT 1',
    );
    const client = new ApiClient(await original.getUrl());
    const uploaded = await uploadDocument(
      client.url,
      (await logIn(client)).accessToken,
      { caseId: demoCase!.id, kind: 'IEP', title: 'IEP kept through a restore' },
      { bytes: DOCUMENT_BYTES, name: 'iep.pdf' },
    );
    expect(uploaded.status).toBe(201);
    documentId = ((await uploaded.json()) as { id: string }).id;
    // Requests overdue by a week, under a policy that sends at once: the api plans their
    // follow-ups and queues them in Redis; no worker runs here, so they stay owed.
    owing = await followUpOrganization(
      await original.getUrl(),
      environment.db.adminUrl,
      'restore-owed',
      { ...SEND_AT_ONCE, notifyGuardians: false, remindAdvocates: false },
    );
    for (let i = 0; i < OWED_REQUESTS; i += 1)
      await sendRequest(owing, 40, { dueOn: dayOffset(-7), subject: `Owed request ${i + 1}` });
  });
  afterAll(async () => {
    await worker?.close();
    await restored?.close();
    await original?.close();
    for (const name of [restoredName, `${restoredName}_flushed`])
      await superuserQuery(
        services.adminUrl,
        `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`,
      ).catch(() => undefined);
    await environment?.cleanUp();
    await sink.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("restores every row, the tenancy rules, the grants and the documents' files, and the api serves the copy", async () => {
    const archive = join(folder, 'onrecord.dump');
    const documentsArchive = join(folder, 'documents.tar.gz');
    const restoredDocuments = join(folder, 'documents-restored');
    expect(run('backup.sh', [environment.db.adminUrl, archive])).toContain('backup written');
    // Every document's file: the one uploaded here, and the demo's own.
    const [documents] = await superuserQuery<{ n: number }>(
      environment.db.adminUrl,
      'SELECT count(*)::int AS n FROM document',
    );
    const files = documents!.n;
    expect(files).toBeGreaterThanOrEqual(1);
    expect(
      run('backup-documents.sh', [environment.env['DOCUMENT_DIR']!, documentsArchive]),
    ).toMatch(new RegExp(`documents backup written: .* \\(${files} files,`));
    expect(run('restore-documents.sh', [documentsArchive, restoredDocuments])).toContain(
      `documents restored into ${restoredDocuments} (${files} files)`,
    );
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
          DOCUMENT_DIR: restoredDocuments,
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
    // The document's row and its file came back together: the copy serves the same bytes.
    expect(await documentBytes(new ApiClient(await restored.getUrl()))).toEqual(DOCUMENT_BYTES);
    expect(await documentBytes(new ApiClient(await original.getUrl()))).toEqual(DOCUMENT_BYTES);
  });

  /**
   * Redis holds nothing the database cannot rebuild (docs/operations.md, "What Redis holds").
   * A backup taken while follow-ups are owed and queued is restored; the queue's keys (this
   * test's prefix only: the Redis server is shared) are deleted, as after losing Redis; the
   * worker's side (its modules as apps/worker composes them, with its BullMQ worker and
   * schedules, in this process) pointed at the copy finds what is owed by its sweep and
   * sends each follow-up exactly once to a real SMTP server.
   */
  it('after a restore and a flushed Redis, the worker finds every follow-up owed and sends each once', async () => {
    const archive = join(folder, 'owed.dump');
    const copyName = `${restoredName}_flushed`;
    run('backup.sh', [environment.db.adminUrl, archive]);
    run('restore.sh', [
      services.adminUrl,
      copyName,
      archive,
      services.owner.name,
      services.app.name,
    ]);
    const copyAdminUrl = withDatabase(services.adminUrl, copyName);
    const owed = await superuserQuery<{ id: string; status: string }>(
      copyAdminUrl,
      `SELECT id, status FROM follow_up WHERE organization_id = $1 AND kind = 'SCHOOL_FOLLOW_UP'
          AND status IN ('PLANNED', 'QUEUED') AND scheduled_at <= now() ORDER BY id`,
      [owing.organizationId],
    );
    expect(owed).toHaveLength(OWED_REQUESTS);

    // Redis holds their jobs (the api queued them); then it loses them.
    const redis = new IORedis(services.redisUrl, { maxRetriesPerRequest: 1 });
    const keys = () => redis.keys(`${environment.queuePrefix}:*`);
    try {
      expect((await keys()).length).toBeGreaterThan(0);
      await deleteRedisPrefix(services.redisUrl, environment.queuePrefix);
      expect(await keys()).toEqual([]);
    } finally {
      redis.disconnect();
    }

    const config = testConfig({
      ...environment.env,
      DATABASE_URL: urlFor(services.adminUrl, services.app, copyName),
      DATABASE_OWNER_URL: urlFor(services.adminUrl, services.owner, copyName),
      FOLLOW_UP_SWEEP_MS: '1000',
      FOLLOW_UP_LEASE_MS: '3000',
    });
    worker = await (
      await Test.createTestingModule({
        imports: [
          ConfigModule.forRoot(config),
          DatabaseModule.forRoot(ENTITIES, 'restore-test-worker', SUBSCRIBERS),
          QueueModule.forRoot(),
          MailModule,
          FollowUpsWorkerModule,
        ],
      }).compile()
    ).init();

    const sentRows = () =>
      superuserQuery<{ id: string; status: string; message_id: string | null }>(
        copyAdminUrl,
        `SELECT id, status, message_id FROM follow_up WHERE id = ANY($1::uuid[]) ORDER BY id`,
        [owed.map((row) => row.id)],
      );
    const sent = await eventually(
      async () => {
        const rows = await sentRows();
        return rows.every((row) => row.status === 'SENT') ? rows : undefined;
      },
      60_000,
      250,
    );
    // Two more sweeps: nothing is sent again.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const toSchool = sink.received.filter((mail) => mail.envelopeTo.includes(owing.contactEmail));
    expect(toSchool.map((mail) => mail.parsed.messageId).sort()).toEqual(
      sent.map((row) => row.message_id).sort(),
    );
    expect(new Set(toSchool.map((mail) => mail.parsed.subject)).size).toBe(OWED_REQUESTS);
    expect(await sentRows()).toEqual(sent);
  });

  it('refuses to restore documents over a folder that holds files', () => {
    const taken = join(folder, 'taken');
    mkdirSync(taken);
    writeFileSync(join(taken, 'file'), 'kept');
    expect(() =>
      execFileSync(
        'bash',
        [join(ROOT, 'infra/ops/restore-documents.sh'), join(folder, 'documents.tar.gz'), taken],
        { stdio: 'pipe' },
      ),
    ).toThrow(/already exists and is not empty/);
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
