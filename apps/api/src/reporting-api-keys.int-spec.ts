// API keys are for reading the outcome report (libs/reports, above organizations): the whole api.
import type { INestApplication } from '@nestjs/common';
import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  createTestEnvironment,
  joinAs,
  signUpAdmin,
  startTestApi,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppModule } from './app.module';

/**
 * Reporting API keys: an admin creates one (its secret shown once), a reporting client sends
 * it as a bearer token and reads the outcome report — and nothing else; revoked or made up, it
 * is refused; another organization cannot touch it.
 */
const CREATE = `mutation ($name: String!) {
  createReportingApiKey(name: $name) { secret apiKey { id name prefix scopes lastUsedAt revokedAt } }
}`;
const KEYS = '{ reportingApiKeys { id name prefix lastUsedAt revokedAt } }';
const REVOKE = 'mutation ($id: ID!) { revokeReportingApiKey(id: $id) { id revokedAt } }';
const REPORT = `{ outcomeReport(range: { from: "2025-09-01", to: "2026-08-31" }) {
  requests cases { opened } caseloadPerAdvocate { name } } }`;

describe('reporting API keys over HTTP', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let anonymous: ApiClient;
  let admin: TestAuth;
  let analyst: TestAuth;
  let other: TestAuth;

  const as = (token: string) => anonymous.as(token);
  const codeOf = async (client: ApiClient, query: string, variables?: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0]?.extensions?.['code'];
  const create = async (name: string) =>
    (
      await as(admin.accessToken).data<{
        createReportingApiKey: {
          secret: string;
          apiKey: { id: string; prefix: string; scopes: string[]; lastUsedAt: string | null };
        };
      }>(CREATE, { name })
    ).createReportingApiKey;

  beforeAll(async () => {
    environment = await createTestEnvironment('redis');
    let url: string;
    ({ app, url } = await startTestApi(AppModule.forRoot(environment.config)));
    anonymous = new ApiClient(url);
    admin = await signUpAdmin(anonymous, 'keys', environment.db.adminUrl);
    analyst = await joinAs(
      anonymous,
      environment.db.adminUrl,
      'keys-analyst',
      admin.activeOrganization!.id,
      'ANALYST',
    );
    other = await signUpAdmin(anonymous, 'keys-other', environment.db.adminUrl);
  });

  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
  });

  it('refuses a key sent with a public mutation (a key is for reports only)', async () => {
    const { secret } = await create('Sent to log-in');
    const response = await as(secret).request(
      'mutation { logIn(input: { email: "keys@example.org", password: "correct horse battery staple" }) { accessToken } }',
    );
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      message: 'An API key can only read reports.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('shows the secret once, keeps a prefix, and lets only admins make keys', async () => {
    const created = await create('Board dashboard');
    expect(created.secret).toMatch(/^ork_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(created.apiKey.prefix)).toBe(true);
    expect(created.apiKey.scopes).toEqual(['reports:read']);
    const { reportingApiKeys } = await as(admin.accessToken).data<{
      reportingApiKeys: Array<Record<string, unknown>>;
    }>(KEYS);
    expect(JSON.stringify(reportingApiKeys)).not.toContain(created.secret);
    expect(await codeOf(as(analyst.accessToken), CREATE, { name: 'Mine' })).toBe('FORBIDDEN');
    const empty = await as(admin.accessToken).request(CREATE, { name: '  ' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'name' }],
    });
  });

  it('reads the outcome report as its organization, records its use, and reaches nothing else', async () => {
    const { secret, apiKey } = await create('Funder export');
    const key = as(secret);
    const byKey = await key.data(REPORT);
    expect(byKey).toEqual(await as(analyst.accessToken).data(REPORT));
    const { reportingApiKeys } = await as(admin.accessToken).data<{
      reportingApiKeys: Array<{ id: string; lastUsedAt: string | null }>;
    }>(KEYS);
    expect(reportingApiKeys.find((k) => k.id === apiKey.id)?.lastUsedAt).not.toBeNull();
    for (const query of [
      '{ me { user { id } } }',
      '{ writtenRequests { edges { node { id } } } }',
      '{ followUpPolicy { maxFollowUps } }',
      KEYS,
    ])
      expect(await codeOf(key, query)).toBe('FORBIDDEN');
    expect(await codeOf(key, CREATE, { name: 'Another' })).toBe('FORBIDDEN');
  });

  it('writes a key’s last use at most once a minute, and names who created it', async () => {
    const { secret, apiKey } = await create('Polling dashboard');
    const lastUsed = async () =>
      (
        await superuserQuery<{ at: Date | null }>(
          environment.db.adminUrl,
          'SELECT last_used_at AS at FROM reporting_api_key WHERE id = $1',
          [apiKey.id],
        )
      )[0]!.at;
    expect(await lastUsed()).toBeNull();
    await as(secret).data(REPORT);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    // Used again within the minute: not written again.
    await as(secret).data(REPORT);
    expect(await lastUsed()).toEqual(first);
    // A minute later it is.
    await superuserQuery(
      environment.db.adminUrl,
      "UPDATE reporting_api_key SET last_used_at = last_used_at - interval '2 minutes' WHERE id = $1",
      [apiKey.id],
    );
    await as(secret).data(REPORT);
    expect((await lastUsed())!.getTime()).toBeGreaterThanOrEqual(first!.getTime());
    const { reportingApiKeys } = await as(admin.accessToken).data<{
      reportingApiKeys: Array<{ id: string; lastUsedAt: string; createdBy: { id: string } | null }>;
    }>('{ reportingApiKeys { id lastUsedAt createdBy { id name } } }');
    const listed = reportingApiKeys.find((k) => k.id === apiKey.id)!;
    expect(new Date(listed.lastUsedAt).getTime()).toBe((await lastUsed())!.getTime());
    expect(listed.createdBy?.id).toBe(admin.user.id);
  });

  it('refuses a revoked or made-up key, and another organization cannot revoke one', async () => {
    const { secret, apiKey } = await create('Old laptop');
    expect(await codeOf(as(other.accessToken), REVOKE, { id: apiKey.id })).toBe('NOT_FOUND');
    expect(await codeOf(as(secret), REPORT)).toBeUndefined();
    await as(admin.accessToken).data(REVOKE, { id: apiKey.id });
    expect(await codeOf(as(secret), REPORT)).toBe('UNAUTHENTICATED');
    expect(await codeOf(as(admin.accessToken), REVOKE, { id: apiKey.id })).toBe('CONFLICT');
    expect(await codeOf(as('ork_made-up'), REPORT)).toBe('UNAUTHENTICATED');
    expect(await codeOf(as('ork_'), REPORT)).toBe('UNAUTHENTICATED');
  });
});
