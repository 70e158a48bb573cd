import type { INestApplication } from '@nestjs/common';
import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  createTestEnvironment,
  signUpAdmin,
  startTestApi,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppModule } from './app.module';

/**
 * The rules every input obeys, over HTTP: the cases the hardening issue found, each answered
 * with BAD_USER_INPUT naming its field and nothing written. (The schema-wide fuzz test,
 * test/e2e/input-fuzz.e2e-spec.ts, tries every operation; these pin the messages.)
 */
describe('input rules at the edge', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let anonymous: ApiClient;
  let admin: ApiClient;
  let auth: TestAuth;
  let districtId: string;

  beforeAll(async () => {
    environment = await createTestEnvironment('postgres');
    const started = await startTestApi(AppModule.forRoot(environment.config));
    app = started.app;
    anonymous = new ApiClient(started.url);
    auth = await signUpAdmin(anonymous, 'edge', environment.db.adminUrl);
    admin = anonymous.as(auth.accessToken);
    ({
      createDistrict: { id: districtId },
    } = await admin.data<{ createDistrict: { id: string } }>(
      'mutation { createDistrict(input: { name: "Edge ISD", state: "TX", timeZone: "America/Chicago" }) { id } }',
    ));
  });
  afterAll(async () => {
    await app.close();
    await environment.cleanUp();
  });

  const rows = async (sql: string) =>
    Number((await superuserQuery<{ n: string }>(environment.db.adminUrl, sql))[0]!.n);

  it('refuses NUL in any string before anything runs, naming the field (log-in included)', async () => {
    const response = await anonymous.request(
      'mutation ($input: LogInInput!) { logIn(input: $input) { accessToken } }',
      { input: { email: 'x\u0000@example.org', password: 'x' } },
    );
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'email', message: 'must not contain the NUL character (U+0000)' }],
        },
      }),
    ]);
    // In a search, a filter and a literal in the document alike.
    expect(
      await admin.errorOf(
        '{ districts(filter: { search: "a\\u0000b" }) { edges { node { id } } } }',
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.search' }] });
    // The connection pool is unharmed: the next request works.
    expect(
      (await admin.data<{ me: { user: { id: string } } }>('{ me { user { id } } }')).me.user.id,
    ).toBe(auth.user.id);
  });

  it('refuses an empty id as an id, not as a missing one', async () => {
    expect(
      await admin.errorOf(
        'mutation ($input: CreateSchoolContactInput!) { createSchoolContact(input: $input) { id } }',
        { input: { districtId, schoolId: '', name: 'Ann Lee', role: 'COUNSELOR' } },
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'schoolId: must be an id; leave it out (or send null) when there is none',
      fields: [
        {
          field: 'schoolId',
          message: 'must be an id; leave it out (or send null) when there is none',
        },
      ],
    });
    expect(await rows('SELECT count(*) AS n FROM school_contact')).toBe(0);
  });

  it('refuses an instant that does not exist, a bare number and one outside 1900-2200', async () => {
    const auditFrom = (from: unknown) =>
      admin.errorOf(
        'query ($from: DateTime) { auditEvents(filter: { from: $from }) { edges { node { id } } } }',
        { from },
      );
    expect(await auditFrom('2025-02-30T10:00:00Z')).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'filter.from', message: expect.stringMatching(/not a real date and time/) },
      ],
    });
    expect(await auditFrom(1)).toMatchObject({
      fields: [{ field: 'filter.from', message: expect.stringMatching(/written like/) }],
    });
    expect(await auditFrom('9999-12-31T23:59:59Z')).toMatchObject({
      fields: [{ field: 'filter.from', message: 'must be between 1900-01-01 and 2200-12-31' }],
    });
  });

  it('gives every date a range, named in the message', async () => {
    const error = await admin.errorOf(
      'mutation ($input: CreateSchoolYearInput!) { createSchoolYear(input: $input) { id } }',
      { input: { districtId, label: '9999', firstDay: '0000-01-01', lastDay: '9999-12-31' } },
    );
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'firstDay', message: 'must be between 1900-01-01 and 2200-12-31' },
        { field: 'lastDay', message: 'must be between 1900-01-01 and 2200-12-31' },
      ],
    });
    expect(await rows('SELECT count(*) AS n FROM school_year')).toBe(0);
  });

  it('refuses names of only spaces', async () => {
    expect(
      await admin.errorOf(
        'mutation { createDistrict(input: { name: "   ", state: "TX", timeZone: "UTC" }) { id } }',
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'name', message: 'must not be empty' }],
    });
    expect(
      await admin.errorOf('mutation { updateOrganization(input: { name: " \\t " }) { id } }'),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'name' }] });
    expect(
      await anonymous.errorOf('mutation ($input: SignUpInput!) { signUp(input: $input) }', {
        input: {
          email: 'blank@example.org',
          name: '  ',
          password: 'correct horse battery staple',
          organization: { name: '  ', timeZone: 'UTC', homeState: 'TX' },
        },
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'name', message: 'must not be empty' },
        { field: 'organization.name', message: 'must not be empty' },
      ],
    });
    expect(await rows("SELECT count(*) AS n FROM district WHERE btrim(name) = ''")).toBe(0);
  });

  it('refuses null for an organization name rather than failing', async () => {
    expect(
      await admin.errorOf('mutation { updateOrganization(input: { name: null }) { id } }'),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'name: cannot be removed: leave it out to keep it as it is',
      fields: [{ field: 'name', message: 'cannot be removed: leave it out to keep it as it is' }],
    });
  });
});
