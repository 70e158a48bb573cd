import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  createTestApp,
  joinAs,
  type TestApp,
  type TestAuth,
} from '@onrecord/platform/testing';
import { REPORTS_API } from './testing/reports-api';

const RANGE = { from: '2026-01-01', to: '2026-12-31' };
const RESULTS = `query ($range: ReportRangeInput!) { parentSurveyResults(range: $range) {
  sent answered byLanguage { language sent answered }
  questions { position notApplicable agreeing ratings { rating count } } } }`;
const COMMENTS = `query ($range: ReportRangeInput!) { parentSurveyComments(range: $range) { language comment } }`;

/**
 * The parent survey in the reports: admins, analysts and reporting API keys read its counts;
 * only admins read the comments, and nobody reads them beside a family.
 */
describe('parent survey results as a report', () => {
  let api: TestApp<[TestAuth]>;
  let admin: ApiClient;
  let analyst: ApiClient;
  let apiKey: ApiClient;

  beforeAll(async () => {
    api = await createTestApp(REPORTS_API, { admins: ['survey-report'] });
    const { anonymous, adminUrl } = api;
    const [auth] = api.admins;
    admin = api.as(auth);
    const organizationId = auth.activeOrganization!.id;
    analyst = anonymous.as(
      (await joinAs(anonymous, adminUrl, 'survey-analyst', organizationId, 'ANALYST')).accessToken,
    );
    const { createReportingApiKey } = await admin.data<{
      createReportingApiKey: { secret: string };
    }>('mutation { createReportingApiKey(name: "Funder") { secret } }');
    apiKey = anonymous.as(createReportingApiKey.secret);

    // One family's answered survey, sent in the range (the sending itself: libs/surveys).
    const { createFamily } = await admin.data<{
      createFamily: { id: string; students: Array<{ id: string }> };
    }>(
      `mutation { createFamily(input: { householdName: "Navarro household",
         guardians: [{ name: "Lucia Navarro", relationship: "mother", email: "lucia@example.org", preferredLanguage: "es" }],
         students: [{ name: "Mateo Navarro", plan: NONE }] }) { id students { id } } }`,
    );
    const { openCase } = await admin.data<{ openCase: { id: string } }>(
      `mutation ($f: ID!, $s: ID!) { openCase(input: { familyId: $f, studentId: $s,
         title: "Refusal", concerns: [SCHOOL_REFUSAL] }) { id } }`,
      { f: createFamily.id, s: createFamily.students[0]!.id },
    );
    await admin.data('mutation ($id: ID!) { sendParentSurvey(caseId: $id) { id } }', {
      id: openCase.id,
    });
    await superuserQuery(
      adminUrl,
      `UPDATE parent_survey_invitation SET token_hash = 'h', sent_at = '2026-03-02T15:00:00Z',
         expires_at = '2026-05-01T15:00:00Z', answered_at = '2026-03-03T15:00:00Z', comment = 'Mateo volvió a clase.'`,
    );
    await superuserQuery(
      adminUrl,
      `INSERT INTO parent_survey_answer (organization_id, invitation_id, question_id, rating)
       SELECT i.organization_id, i.id, q.id, CASE q.position WHEN 1 THEN 5 WHEN 2 THEN 4 WHEN 3 THEN 2 END
         FROM parent_survey_invitation i JOIN parent_survey_question q ON q.organization_id = i.organization_id`,
    );
  }, 60_000);
  afterAll(() => api?.close());

  it('gives admins, analysts and reporting keys the same counts', async () => {
    const expected = {
      sent: 1,
      answered: 1,
      byLanguage: [
        { language: 'en', sent: 0, answered: 0 },
        { language: 'es', sent: 1, answered: 1 },
      ],
      questions: [5, 4, 2, null].map((rating, i) => ({
        position: i + 1,
        notApplicable: rating === null ? 1 : 0,
        agreeing: rating !== null && rating >= 4 ? 1 : 0,
        ratings: [1, 2, 3, 4, 5].map((r) => ({ rating: r, count: r === rating ? 1 : 0 })),
      })),
    };
    for (const client of [admin, analyst, apiKey]) {
      const { parentSurveyResults } = await client.data<{ parentSurveyResults: unknown }>(RESULTS, {
        range: RANGE,
      });
      expect(parentSurveyResults).toEqual(expected);
    }
  });

  it('shows the comments to admins only', async () => {
    expect(await admin.data(COMMENTS, { range: RANGE })).toEqual({
      parentSurveyComments: [{ language: 'es', comment: 'Mateo volvió a clase.' }],
    });
    expect(await analyst.errorOf(COMMENTS, { range: RANGE })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await apiKey.errorOf(COMMENTS, { range: RANGE })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a range that runs backwards, naming it', async () => {
    expect(
      await analyst.errorOf(RESULTS, { range: { from: '2026-12-31', to: '2026-01-01' } }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'range.to' }] });
  });
});
