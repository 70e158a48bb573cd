import {
  ApiClient,
  createTestApp,
  joinAs,
  signUpAdmin,
  type TestApp,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { MeetingKind } from '@onrecord/requests';
import { REPORTS_API } from '../testing/reports-api';
import {
  EXPECTED_CASE_SERVICE,
  EXPECTED_MEETINGS,
  EXPECTED_OUTREACH,
  EXPECTED_PARENT_CENTER,
  EXPECTED_SURVEY,
  FUNDER_RANGE,
  seedFunderFixture,
  type FunderFixture,
} from '../testing/funder-fixture';

const PARENT_CENTER = `query ($range: ReportRangeInput!) { parentCenterReport(range: $range) {
  range { from to } parentsServed childrenServed contacts informationAndReferral contactMinutes
  contactsByAudience { audience phone letters emailsAndTexts meetings total }
  contactsByPartyAndChannel { party channel count }
  contactsByLanguage { key count } contactsByTopic { key count }
  meetingsAttended { kind count }
  outreach { kind format events parents professionals students }
  parentsByPrimaryLanguage { key count } childrenByDisability { key count }
  childrenByRaceEthnicity { key count }
  survey { sent answered byLanguage { language sent answered }
    questions { position textEn ratings { rating count } notApplicable agreeing } } } }`;
const CASE_SERVICE = `query ($range: ReportRangeInput!) { caseServiceReport(range: $range) {
  range { from to } casesClosed openAtEnd medianDaysOpen byClosingReason { key count }
  closings { closingReason outcome cases } } }`;
const RECORDS = `query ($range: ReportRangeInput!, $figure: FunderFigure!, $key: String) {
  funderReportRecords(range: $range, figure: $figure, key: $key) {
    total records { kind id caseId label day } } }`;

interface ParentCenter {
  meetingsAttended: Array<{ kind: string; count: number }>;
  [figure: string]: unknown;
}
interface Records {
  total: number;
  records: Array<{ kind: string; id: string | null; caseId: string | null; label: string }>;
}

/**
 * Funder reports on a hand-counted fixture (testing/funder-fixture.ts): every figure exactly
 * as counted, through GraphQL and CSV; the records behind a figure for the members who may
 * read family records; nothing of one organization in another's.
 */
describe('funder reports', () => {
  let api: TestApp;
  let environment: TestEnvironment;
  let url: string;
  let anonymous: ApiClient;
  let admin: TestAuth;
  let analyst: TestAuth;
  let grantedAnalyst: TestAuth;
  let advocate: TestAuth;
  let other: TestAuth;
  let fixture: FunderFixture;

  const as = (auth: TestAuth) => anonymous.as(auth.accessToken);
  const parentCenter = async (auth: TestAuth, range = FUNDER_RANGE) =>
    (await as(auth).data<{ parentCenterReport: ParentCenter }>(PARENT_CENTER, { range }))
      .parentCenterReport;
  const records = async (auth: TestAuth, figure: string, key?: string) =>
    (
      await as(auth).data<{ funderReportRecords: Records }>(RECORDS, {
        range: FUNDER_RANGE,
        figure,
        key,
      })
    ).funderReportRecords;
  const csv = async (file: string, token: string) => {
    const response = await fetch(
      `${url}/reports/funder/${file}?from=${FUNDER_RANGE.from}&to=${FUNDER_RANGE.to}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      text: await response.text(),
    };
  };

  beforeAll(async () => {
    api = await createTestApp(REPORTS_API);
    ({ environment, url } = api);
    anonymous = new ApiClient(url);
    admin = await signUpAdmin(anonymous, 'funder', environment.db.adminUrl);
    const org = admin.activeOrganization!.id;
    analyst = await joinAs(anonymous, environment.db.adminUrl, 'funder-analyst', org, 'ANALYST');
    grantedAnalyst = await joinAs(
      anonymous,
      environment.db.adminUrl,
      'funder-granted',
      org,
      'ANALYST',
      {
        readsFamilyRecords: true,
      },
    );
    advocate = await joinAs(anonymous, environment.db.adminUrl, 'funder-advocate', org, 'ADVOCATE');
    other = await signUpAdmin(anonymous, 'funder-other', environment.db.adminUrl);
    fixture = await seedFunderFixture(environment.db.adminUrl, org);
  });
  afterAll(() => api?.close());

  it('gives the parent-center figures counted by hand', async () => {
    const { meetingsAttended, survey, outreach, ...report } = await parentCenter(admin);
    expect(report).toEqual(EXPECTED_PARENT_CENTER);
    expect(outreach).toEqual(EXPECTED_OUTREACH);
    expect(survey).toEqual(EXPECTED_SURVEY);
    expect(meetingsAttended).toEqual(
      Object.values(MeetingKind).map((kind) => ({
        kind,
        count: EXPECTED_MEETINGS[kind as keyof typeof EXPECTED_MEETINGS] ?? 0,
      })),
    );
    // An analyst reads the same counts.
    expect(await parentCenter(analyst)).toEqual(await parentCenter(admin));
  });

  it('gives the case service figures counted by hand', async () => {
    const { caseServiceReport } = await as(analyst).data<{ caseServiceReport: unknown }>(
      CASE_SERVICE,
      { range: FUNDER_RANGE },
    );
    expect(caseServiceReport).toEqual(EXPECTED_CASE_SERVICE);
  });

  it('writes the same figures as CSV files', async () => {
    const file = await csv('parent-center.csv', admin.accessToken);
    expect(file).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
    const lines = file.text.split('\r\n');
    expect(lines[0]).toBe('section,item,count');
    const figures = new Map(
      lines.slice(1, -1).map((line) => {
        const [section, item, count] = line.split(',');
        return [`${section}/${item}`, Number(count)];
      }),
    );
    const e = EXPECTED_PARENT_CENTER;
    expect(figures.get('served/parents_unduplicated')).toBe(e.parentsServed);
    expect(figures.get('served/children')).toBe(e.childrenServed);
    expect(figures.get('contacts/information_and_referral')).toBe(e.informationAndReferral);
    expect(figures.get('contacts/minutes')).toBe(e.contactMinutes);
    for (const a of e.contactsByAudience) {
      const section = `contacts_${a.audience.toLowerCase()}`;
      expect(figures.get(`${section}/phone`)).toBe(a.phone);
      expect(figures.get(`${section}/letters`)).toBe(a.letters);
      expect(figures.get(`${section}/emails_and_texts`)).toBe(a.emailsAndTexts);
      expect(figures.get(`${section}/meetings`)).toBe(a.meetings);
      expect(figures.get(`${section}/total`)).toBe(a.total);
    }
    for (const [section, counts] of [
      ['contacts_by_language', e.contactsByLanguage],
      ['contacts_by_topic', e.contactsByTopic],
      ['parents_by_primary_language', e.parentsByPrimaryLanguage],
      ['children_by_disability', e.childrenByDisability],
      ['children_by_race_ethnicity', e.childrenByRaceEthnicity],
    ] as const)
      for (const { key, count } of counts) expect(figures.get(`${section}/${key}`)).toBe(count);
    for (const kind of Object.values(MeetingKind))
      expect(figures.get(`meetings_attended/${kind}`)).toBe(
        EXPECTED_MEETINGS[kind as keyof typeof EXPECTED_MEETINGS] ?? 0,
      );

    for (const o of EXPECTED_OUTREACH)
      for (const item of ['events', 'parents', 'professionals', 'students'] as const)
        expect(figures.get(`${o.kind.toLowerCase()}_${o.format.toLowerCase()}/${item}`)).toBe(
          o[item],
        );
    expect(figures.get('survey/sent')).toBe(EXPECTED_SURVEY.sent);
    expect(figures.get('survey/answered')).toBe(EXPECTED_SURVEY.answered);
    expect(figures.get('survey_by_language/es_answered')).toBe(1);
    const [rights] = EXPECTED_SURVEY.questions;
    const section = `survey_question_1: ${rights!.textEn}`;
    expect([1, 2, 3, 4, 5].map((rating) => figures.get(`${section}/rating_${rating}`))).toEqual(
      rights!.ratings.map((r) => r.count),
    );
    expect(figures.get(`${section}/agreeing`)).toBe(1);

    const closings = await csv('case-service.csv', analyst.accessToken);
    expect(closings.text).toBe(
      'closing_reason,outcome,cases\r\n' +
        'AGENCY_DECISION,SERVICES_GRANTED,1\r\n' +
        'NEGOTIATED_WITHOUT_LITIGATION,RETURNED_FULL_TIME,1\r\n' +
        'NOT_RECORDED,FAMILY_WITHDREW,1\r\n',
    );
  });

  it('lists the records behind a figure to those who may read family records', async () => {
    const phone = await records(admin, 'CONTACTS', 'PARENTS:PHONE');
    expect(phone.total).toBe(3);
    expect(phone.records.map((r) => r.id).sort()).toEqual([...fixture.parentPhoneContacts].sort());

    const parents = await records(grantedAnalyst, 'PARENTS_SERVED');
    expect(parents.records.map((r) => `${r.kind} ${r.label}`).sort()).toEqual([
      'GUARDIAN Jorge Navarro',
      'GUARDIAN Lucia Navarro',
      'GUARDIAN Min-ji Kim',
      'PARENT_NOT_ON_FILE ',
      'PARENT_NOT_ON_FILE Rosa Díaz',
    ]);
    expect((await records(advocate, 'MEETINGS', 'IEP')).records).toEqual([
      expect.objectContaining({
        kind: 'MEETING',
        id: fixture.iepMeeting,
        caseId: fixture.cases.a1,
      }),
    ]);
    expect((await records(admin, 'CHILDREN_SERVED')).total).toBe(3);
    expect((await records(admin, 'OUTREACH', 'TRAINING:IN_PERSON')).records).toEqual([
      expect.objectContaining({ kind: 'OUTREACH', id: fixture.workshop, day: '2026-03-10' }),
    ]);
    const unrecorded = await records(admin, 'CASES_CLOSED', 'NOT_RECORDED');
    expect(unrecorded.records.map((r) => r.id)).toEqual([fixture.cases.c2]);

    // An analyst without the grant reads the counts, not the records.
    expect(
      (await as(analyst).errorOf(RECORDS, { range: FUNDER_RANGE, figure: 'CONTACTS' })).code,
    ).toBe('FORBIDDEN');
  });

  it('shows another organization none of it', async () => {
    const theirs = await parentCenter(other);
    expect(theirs).toMatchObject({
      parentsServed: 0,
      childrenServed: 0,
      contacts: 0,
      survey: { sent: 0, answered: 0, questions: [] },
    });
    expect(theirs.meetingsAttended.every((m) => m.count === 0)).toBe(true);
    for (const figure of [
      'CONTACTS',
      'MEETINGS',
      'PARENTS_SERVED',
      'CHILDREN_SERVED',
      'CASES_CLOSED',
    ])
      expect((await records(other, figure)).total).toBe(0);
    expect((await csv('case-service.csv', other.accessToken)).text).toBe(
      'closing_reason,outcome,cases\r\n',
    );
  });

  it('refuses a bad range or file with the field, and advocates the counts', async () => {
    const refusal = await as(admin).errorOf(PARENT_CENTER, {
      range: { from: '2026-09-30', to: '2025-10-01' },
    });
    expect(refusal).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'range.to' }] });
    expect((await as(advocate).errorOf(CASE_SERVICE, { range: FUNDER_RANGE })).code).toBe(
      'FORBIDDEN',
    );
    const badFile = await csv('everything.csv', admin.accessToken);
    expect(badFile.status).toBe(400);
    expect(JSON.parse(badFile.text)).toMatchObject({ fields: [{ field: 'file' }] });
    expect((await csv('parent-center.csv', advocate.accessToken)).status).toBe(403);
  });
});
