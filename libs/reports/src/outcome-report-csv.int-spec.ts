import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  createTestApp,
  joinAs,
  signUpAdmin,
  type TestApp,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { REPORTS_API } from './testing/reports-api';

/**
 * The outcome report as CSV files over HTTP: one file per table, escaped, for admins,
 * analysts and reporting API keys; every refusal as JSON with the field and an HTTP status.
 */
describe('outcome report CSV files', () => {
  let api: TestApp;
  let environment: TestEnvironment;
  let url: string;
  let admin: TestAuth;
  let advocate: TestAuth;
  let other: TestAuth;
  let district: string;

  const sql = (text: string, params: unknown[] = []) =>
    superuserQuery<{ id: string }>(environment.db.adminUrl, text, params);
  const one = async (text: string, params: unknown[]) =>
    (await sql(`${text} RETURNING id`, params))[0]!.id;
  const get = (path: string, token?: string) =>
    fetch(`${url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const RANGE = 'from=2025-09-01&to=2026-06-30';

  beforeAll(async () => {
    api = await createTestApp(REPORTS_API);
    ({ environment, url } = api);
    const anonymous = new ApiClient(url);
    admin = await signUpAdmin(anonymous, 'csv', environment.db.adminUrl);
    const org = admin.activeOrganization!.id;
    advocate = await joinAs(anonymous, environment.db.adminUrl, 'csv-advocate', org, 'ADVOCATE');
    other = await signUpAdmin(anonymous, 'csv-other', environment.db.adminUrl);
    // A district whose name a spreadsheet could misread: a comma, quotes, a formula sign.
    district = await one(
      `INSERT INTO district (organization_id, name, state, time_zone) VALUES ($1, $2, 'TX', 'America/Chicago')`,
      [org, '=North "Central", ISD'],
    );
    const school = await one(
      `INSERT INTO school (organization_id, district_id, name) VALUES ($1, $2, 'Oak')`,
      [org, district],
    );
    const family = await one(
      `INSERT INTO family (organization_id, household_name) VALUES ($1, 'Household')`,
      [org],
    );
    const student = await one(
      `INSERT INTO student (organization_id, family_id, name, school_id) VALUES ($1, $2, 'Student', $3)`,
      [org, family, school],
    );
    const caseId = await one(
      `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
       VALUES ($1, $2, $3, 'Case', '{SCHOOL_REFUSAL}', 'ACTIVE', '2025-09-02')`,
      [org, family, student],
    );
    await one(
      `INSERT INTO written_request (organization_id, case_id, type, subject, status, sent_on, received_on, due_on, due_at)
       VALUES ($1, $2, 'RECORDS', 'Records', 'SENT', '2025-09-03', '2025-09-03', '2025-09-17', '2025-09-18T05:00:00Z')`,
      [org, caseId],
    );
  });

  afterAll(async () => {
    await api?.close();
  });

  it('writes a table as an escaped CSV file', async () => {
    const response = await get(`/reports/outcome/districts.csv?${RANGE}`, admin.accessToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="outcome-districts-2025-09-01-2026-06-30.csv"',
    );
    expect(await response.text()).toBe(
      'id,name,requests,answered,answered_by_deadline_share,late,deferred,median_days_to_first_response\r\n' +
        `${district},"'=North ""Central"", ISD",1,0,0,1,0,\r\n`,
    );
  });

  it('serves a reporting API key, filtered, and every table', async () => {
    const client = new ApiClient(url).as(admin.accessToken);
    const { createReportingApiKey } = await client.data<{
      createReportingApiKey: { secret: string };
    }>('mutation { createReportingApiKey(name: "Spreadsheet") { secret } }');
    const summary = await get(
      `/reports/outcome/summary.csv?${RANGE}&districtId=${district}&requestType=RECORDS`,
      createReportingApiKey.secret,
    );
    expect(summary.status).toBe(200);
    const lines = (await summary.text()).split('\r\n');
    expect(lines.slice(0, 4)).toEqual([
      'figure,value',
      'from,2025-09-01',
      'to,2026-06-30',
      'requests,1',
    ]);
    expect(lines).toContain('overdue_now,1');
    for (const table of [
      'requests-by-type-and-state',
      'outcomes',
      'refusal-reasons',
      'schools',
      'cases-by-status',
      'case-outcomes',
      'caseload-per-advocate',
    ])
      expect((await get(`/reports/outcome/${table}.csv?${RANGE}`, admin.accessToken)).status).toBe(
        200,
      );
  });

  it('refuses with the field and the status, as JSON', async () => {
    const refusal = async (path: string, token?: string) => {
      const response = await get(path, token);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await refusal(`/reports/outcome/summary.csv?${RANGE}`)).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    expect(
      await refusal(`/reports/outcome/summary.csv?${RANGE}`, advocate.accessToken),
    ).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(
      await refusal('/reports/outcome/summary.csv?from=2025-9-1&to=soon', admin.accessToken),
    ).toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', fields: [{ field: 'from' }, { field: 'to' }] },
    });
    expect(
      await refusal(`/reports/outcome/everything.csv?${RANGE}`, admin.accessToken),
    ).toMatchObject({ status: 400, body: { fields: [{ field: 'file' }] } });
    // Another organization's district is unknown here.
    expect(
      await refusal(
        `/reports/outcome/summary.csv?${RANGE}&districtId=${district}`,
        other.accessToken,
      ),
    ).toMatchObject({ status: 400, body: { fields: [{ field: 'filter.districtIds' }] } });
  });
});
