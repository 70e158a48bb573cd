// The reports and a family's export (libs/family-data, above reports): the whole api.
import AdmZip from 'adm-zip';
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
 * Issue 20, "Dates set by hand are not the law", in the outcome reports and the exports: a
 * request whose deadline an advocate set by hand is told apart from one the law dates, with
 * the rule's own day beside it — in the figures (deadlines.setByHand), request by request
 * (outcomeReportRequests, requests.csv) and in a family's export. Before, the report counted
 * a typed day as the deadline like any other and nothing in it, or in its files, said so.
 *
 * Hand-counted (Texas records, 34 CFR 300.613: 45 calendar days from the school's receipt):
 * - R1 received Mon 6 Oct 2025 → Thu 20 Nov; set by hand to Sun 23 Nov ("the parent agreed
 *   to an extension"); granted Sat 22 Nov: by the day set (23), after the rule's (20).
 * - R2 received Tue 7 Oct 2025 → Fri 21 Nov, the rule's; granted Mon 24 Nov: late.
 * So, of 2 decided, 1 answered by its deadline — and that 1 is the hand-set one: by the
 * law's days, 0 of 2 (R1 by 2 days, R2 by 3).
 */
const CREATE = `mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }`;
const SEND = `mutation ($id: ID!, $input: SendWrittenRequestInput!) {
  sendWrittenRequest(id: $id, input: $input) { id } }`;
const OVERRIDE = `mutation ($id: ID!, $input: OverrideDeadlineInput!) {
  overrideDeadline(id: $id, input: $input) { id } }`;
const ANSWER = `mutation ($id: ID!, $input: SchoolResponseInput!) {
  recordSchoolResponse(requestId: $id, input: $input) { id } }`;
const RANGE = { from: '2025-10-01', to: '2025-10-31' };
const FIGURES = `query ($range: ReportRangeInput!, $filter: OutcomeReportFilter) {
  outcomeReport(range: $range, filter: $filter) {
    requests deadlines { decided answeredByDeadline setByHand setByHandAnsweredByDeadline share } } }`;
const ROWS = `query ($range: ReportRangeInput!, $filter: OutcomeReportFilter, $first: Int, $after: String) {
  outcomeReportRequests(range: $range, filter: $filter, first: $first, after: $after) {
    edges { cursor node { id caseId type state schoolId districtId sentOn receivedOn dueOn
      dueSetByHand ruleDueOn ruleBasis ruleCitation statutory firstResponseOn answeredOn
      answeredByDeadline stall } }
    pageInfo { hasNextPage endCursor } } }`;

interface Rows {
  outcomeReportRequests: {
    edges: Array<{ cursor: string; node: Record<string, unknown> }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('dates set by hand in the outcome reports and exports (issue 20)', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let url: string;
  let anonymous: ApiClient;
  let admin: TestAuth;
  let analyst: TestAuth;
  let advocate: TestAuth;
  let other: TestAuth;
  const ids: Record<string, string> = {};

  const as = (auth: TestAuth) => anonymous.as(auth.accessToken);
  const one = async (text: string, params: unknown[]): Promise<string> =>
    (
      await superuserQuery<{ id: string }>(environment.db.adminUrl, `${text} RETURNING id`, params)
    )[0]!.id;
  const get = (path: string, token: string) =>
    fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });

  async function sendRecords(receivedOn: string): Promise<string> {
    const { createWrittenRequest } = await as(admin).data<{ createWrittenRequest: { id: string } }>(
      CREATE,
      {
        input: {
          caseId: ids['case'],
          type: 'RECORDS',
          trigger: 'WRITTEN_REQUEST_RECEIVED',
          subject: 'Records of the Ortiz family',
          recipientIds: [ids['contact']],
        },
      },
    );
    await as(admin).data(SEND, {
      id: createWrittenRequest.id,
      input: { sentOn: receivedOn, receivedOn, channel: 'EMAIL' },
    });
    return createWrittenRequest.id;
  }
  const grant = (id: string, receivedOn: string) =>
    as(admin).data(ANSWER, { id, input: { receivedOn, channel: 'EMAIL', outcome: 'GRANTED' } });

  beforeAll(async () => {
    environment = await createTestEnvironment('redis');
    ({ app, url } = await startTestApi(AppModule.forRoot(environment.config)));
    anonymous = new ApiClient(url);
    admin = await signUpAdmin(anonymous, 'by-hand', environment.db.adminUrl);
    other = await signUpAdmin(anonymous, 'by-hand-other', environment.db.adminUrl);
    const org = admin.activeOrganization!.id;
    analyst = await joinAs(anonymous, environment.db.adminUrl, 'by-hand-analyst', org, 'ANALYST');
    advocate = await joinAs(anonymous, environment.db.adminUrl, 'by-hand-adv', org, 'ADVOCATE');
    ids['district'] = await one(
      `INSERT INTO district (organization_id, name, state, time_zone) VALUES ($1, 'Austin ISD', 'TX', 'America/Chicago')`,
      [org],
    );
    ids['school'] = await one(
      `INSERT INTO school (organization_id, district_id, name) VALUES ($1, $2, 'Austin Middle')`,
      [org, ids['district']],
    );
    ids['contact'] = await one(
      `INSERT INTO school_contact (organization_id, district_id, school_id, name, role, email)
       VALUES ($1, $2, $3, 'Case Manager', 'CASE_MANAGER', 'cm@example.org')`,
      [org, ids['district'], ids['school']],
    );
    ids['family'] = await one(
      `INSERT INTO family (organization_id, household_name) VALUES ($1, 'Ortiz household')`,
      [org],
    );
    const student = await one(
      `INSERT INTO student (organization_id, family_id, name, school_id) VALUES ($1, $2, 'Ana Ortiz', $3)`,
      [org, ids['family'], ids['school']],
    );
    ids['case'] = await one(
      `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on)
       VALUES ($1, $2, $3, 'Records', '{SCHOOL_REFUSAL}', 'ACTIVE', '2025-09-01')`,
      [org, ids['family'], student],
    );
    ids['r1'] = await sendRecords('2025-10-06');
    ids['r2'] = await sendRecords('2025-10-07');
    await as(admin).data(OVERRIDE, {
      id: ids['r1'],
      input: { dueOn: '2025-11-23', reason: 'the parent agreed to an extension' },
    });
    await grant(ids['r1']!, '2025-11-22');
    await grant(ids['r2']!, '2025-11-24');
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
  });

  it('counts the decided deadlines set by hand apart in the figures', async () => {
    const { outcomeReport } = await as(analyst).data<{
      outcomeReport: { requests: number; deadlines: Record<string, number> };
    }>(FIGURES, { range: RANGE });
    expect(outcomeReport).toEqual({
      requests: 2,
      // 1 of 2 by the deadlines in force; the 1 was set by hand (the law's: 0 of 1 left).
      deadlines: {
        decided: 2,
        answeredByDeadline: 1,
        setByHand: 1,
        setByHandAnsweredByDeadline: 1,
        share: 0.5,
      },
    });
  });

  it('lists each request with its deadline told apart and the rule’s own day beside it', async () => {
    const { outcomeReportRequests } = await as(analyst).data<Rows>(ROWS, { range: RANGE });
    const shared = {
      caseId: ids['case'],
      type: 'RECORDS',
      state: 'RESPONDED',
      schoolId: ids['school'],
      districtId: ids['district'],
      ruleBasis: 'RULE',
      ruleCitation: '34 CFR 300.613',
      stall: null,
    };
    expect(outcomeReportRequests.edges.map((e) => e.node)).toEqual([
      {
        ...shared,
        id: ids['r1'],
        sentOn: '2025-10-06',
        receivedOn: '2025-10-06',
        dueOn: '2025-11-23',
        dueSetByHand: true,
        ruleDueOn: '2025-11-20',
        statutory: false,
        firstResponseOn: '2025-11-22',
        answeredOn: '2025-11-22',
        answeredByDeadline: true,
      },
      {
        ...shared,
        id: ids['r2'],
        sentOn: '2025-10-07',
        receivedOn: '2025-10-07',
        dueOn: '2025-11-21',
        dueSetByHand: false,
        ruleDueOn: '2025-11-21',
        statutory: true,
        firstResponseOn: '2025-11-24',
        answeredOn: '2025-11-24',
        answeredByDeadline: false,
      },
    ]);
    expect(outcomeReportRequests.pageInfo.hasNextPage).toBe(false);
    // A page at a time, in the order sent.
    const first = await as(admin).data<Rows>(ROWS, { range: RANGE, first: 1 });
    expect(first.outcomeReportRequests.edges.map((e) => e.node['id'])).toEqual([ids['r1']]);
    expect(first.outcomeReportRequests.pageInfo.hasNextPage).toBe(true);
    const second = await as(admin).data<Rows>(ROWS, {
      range: RANGE,
      first: 1,
      after: first.outcomeReportRequests.pageInfo.endCursor,
    });
    expect(second.outcomeReportRequests.edges.map((e) => e.node['id'])).toEqual([ids['r2']]);
    expect(second.outcomeReportRequests.pageInfo.hasNextPage).toBe(false);
  });

  it('writes the same in the CSV files', async () => {
    const requests = await get(
      `/reports/outcome/requests.csv?from=${RANGE.from}&to=${RANGE.to}`,
      analyst.accessToken,
    );
    expect(requests.status).toBe(200);
    expect(requests.headers.get('content-disposition')).toBe(
      'attachment; filename="outcome-requests-2025-10-01-2025-10-31.csv"',
    );
    const place = `${ids['district']},${ids['school']}`;
    expect((await requests.text()).split('\r\n')).toEqual([
      'request_id,case_id,type,state,district_id,school_id,sent_on,received_on,due_on,due_set_by_hand,rule_due_on,rule_basis,rule_citation,statutory,first_response_on,answered_on,answered_by_deadline,stall',
      `${ids['r1']},${ids['case']},RECORDS,RESPONDED,${place},2025-10-06,2025-10-06,2025-11-23,true,2025-11-20,RULE,34 CFR 300.613,false,2025-11-22,2025-11-22,true,`,
      `${ids['r2']},${ids['case']},RECORDS,RESPONDED,${place},2025-10-07,2025-10-07,2025-11-21,false,2025-11-21,RULE,34 CFR 300.613,true,2025-11-24,2025-11-24,false,`,
      '',
    ]);
    const summary = await get(
      `/reports/outcome/summary.csv?from=${RANGE.from}&to=${RANGE.to}`,
      admin.accessToken,
    );
    const lines = (await summary.text()).split('\r\n');
    expect(lines).toContain('decided_set_by_hand,1');
    expect(lines).toContain('answered_by_deadline_set_by_hand,1');
  });

  it('says so in the family’s export, with the rule’s day and citation beside it', async () => {
    const response = await get(`/exports/families/${ids['family']}`, admin.accessToken);
    expect(response.status).toBe(200);
    const zip = new AdmZip(Buffer.from(await response.arrayBuffer()));
    const deadlines = JSON.parse(zip.readAsText('records/written_request_deadline.json')) as Array<
      Record<string, unknown>
    >;
    const byId = Object.fromEntries(deadlines.map((row) => [row['request_id'], row]));
    expect(byId[ids['r1']!]).toMatchObject({
      due_on: '2025-11-23',
      due_set_by_hand: true,
      set_by_hand_reason: 'the parent agreed to an extension',
      rule_due_on: '2025-11-20',
      rule_basis: 'RULE',
      rule_citation: '34 CFR 300.613',
      deadline:
        "due 2025-11-23, set by hand: the parent agreed to an extension (the rule's date: 2025-11-20, 34 CFR 300.613)",
    });
    expect(byId[ids['r2']!]).toMatchObject({
      due_on: '2025-11-21',
      due_set_by_hand: false,
      deadline: 'due 2025-11-21 (34 CFR 300.613)',
    });
    const csv = zip.readAsText('csv/written_request_deadline.csv');
    expect(csv.split('\r\n')[0]).toContain('due_set_by_hand');
    expect(zip.readAsText('README.txt')).toContain('written_request_deadline');
  });

  it('refuses the listing to advocates and another organization’s ids, and shows B none of A’s', async () => {
    expect((await as(advocate).errorOf(ROWS, { range: RANGE })).code).toBe('FORBIDDEN');
    const foreign = await as(other).errorOf(ROWS, {
      range: RANGE,
      filter: { districtIds: [ids['district']] },
    });
    expect(foreign).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.districtIds', message: `not found: ${ids['district']}` }],
    });
    const { outcomeReportRequests } = await as(other).data<Rows>(ROWS, { range: RANGE });
    expect(outcomeReportRequests.edges).toEqual([]);
    expect((await as(admin).errorOf(ROWS, { range: RANGE, after: 'not-a-cursor' })).fields).toEqual(
      [expect.objectContaining({ field: 'after' })],
    );
  });
});
