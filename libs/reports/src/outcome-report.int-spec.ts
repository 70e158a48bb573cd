import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  ApiClient,
  createTestApp,
  joinAs,
  signUpAdmin,
  type TestApp,
  type TestAuth,
} from '@onrecord/platform/testing';
import { REPORTS_API } from './testing/reports-api';

/**
 * The outcome report against a small fixture whose every figure was computed by hand (the
 * comments say how), its filters, its refusals, and its isolation.
 *
 * Fixture (organization in Chicago; range 2025-09-01 … 2025-12-31):
 * - North ISD: Oak Elementary (case C1, admin), Pine Middle (case C2, advocate);
 *   South ISD: Elm High (case C3, admin); C4 at Oak opened before the range (admin, ACTIVE).
 * - Requests (received → due; first response):
 *   R1 C1 EVALUATION   09-02 → 09-16; 09-10 GRANTED                       on time, 8 days
 *   R2 C1 RECORDS      09-03 → 09-17; 09-24 DENIED (LACK_OF_DATA, RESOURCES_STAFFING) late, 21
 *   R3 C2 FBA          10-01 → 10-15; 10-10 DEFERRED_NEEDS_DATA (LACK_OF_DATA): a stall, so
 *                      still SENT, OVERDUE, late; 9 days to a first response
 *   R4 C2 EVALUATION   10-06 → 10-20; none: OVERDUE                        late
 *   R5 C3 IEP_MEETING  11-03 → 11-17; follow-up sent 11-18; 11-30 DENIED (PRECEDENT_OR_POLICY)
 *                      without Prior Written Notice: a stall, still SENT, OVERDUE, late; 27
 *   R6 C3 RECORDS      11-03 → 11-17; follow-up sent 11-18; 11-21 GRANTED  late, 18
 *   R7 C1 EVALUATION   sent 2026-01-05: outside the range
 *   R8 C1 OTHER        a draft: not counted
 *   R9 C2 ACCOMMODATIONS 12-01, no deadline, no answer: SENT, not decided
 * - Cases: C1 opened 09-01, RESOLVED 12-01 (RETURNED_FULL_TIME, 91 days); C2 opened 09-20,
 *   ACTIVE; C3 opened 10-15, CLOSED 11-14 (HOME_INSTRUCTION, 30 days); C4 opened 06-01.
 */
const REPORT = `query ($range: ReportRangeInput!, $filter: OutcomeReportFilter) {
  outcomeReport(range: $range, filter: $filter) {
    range { from to }
    requests
    requestsByTypeAndState { type state count }
    deadlines { decided answeredByDeadline share deferred refusedWithoutPwn }
    daysToFirstResponse { answered median p90 }
    overdueNow
    outcomes { outcome count }
    refusalReasons { reason count }
    districts { name requests answered answeredByDeadlineShare late deferred medianDaysToFirstResponse }
    schools { name requests answered answeredByDeadlineShare late deferred medianDaysToFirstResponse }
    followUps { followedUp answeredWithinFiveSchoolDays share }
    cases { opened byStatus { status count } outcomes { outcome count } resolved medianDaysToResolution }
    caseloadPerAdvocate { memberId name openCases openRequests }
  }
}`;
const RANGE = { from: '2025-09-01', to: '2025-12-31' };

interface Report {
  requests: number;
  districts: Array<{ name: string }>;
  cases: { opened: number };
  [figure: string]: unknown;
}

describe('outcome report over HTTP', () => {
  let api: TestApp<[TestAuth]>;
  let anonymous: ApiClient;
  let admin: TestAuth;
  let analyst: TestAuth;
  let advocate: TestAuth;
  let other: TestAuth;
  const ids: Record<string, string> = {};

  const sql = <T = Record<string, string>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, text, params);
  const one = async (text: string, params: unknown[]): Promise<string> =>
    (await sql<{ id: string }>(`${text} RETURNING id`, params))[0]!.id;
  const report = async (auth: TestAuth, variables: Record<string, unknown>) =>
    (await anonymous.as(auth.accessToken).data<{ outcomeReport: Report }>(REPORT, variables))
      .outcomeReport;

  async function seed(org: string, adminMember: string, advocateMember: string) {
    const district = (name: string) =>
      one(
        `INSERT INTO district (organization_id, name, state, time_zone) VALUES ($1, $2, 'TX', 'America/Chicago')`,
        [org, name],
      );
    const school = (districtId: string, name: string) =>
      one('INSERT INTO school (organization_id, district_id, name) VALUES ($1, $2, $3)', [
        org,
        districtId,
        name,
      ]);
    ids['north'] = await district('North ISD');
    ids['south'] = await district('South ISD');
    const oak = await school(ids['north'], 'Oak Elementary');
    const pine = await school(ids['north'], 'Pine Middle');
    const elm = await school(ids['south'], 'Elm High');
    const openCase = async (
      schoolId: string,
      openedOn: string,
      status: string,
      outcome: string | null,
      member: string,
    ) => {
      const family = await one(
        `INSERT INTO family (organization_id, household_name) VALUES ($1, 'Household')`,
        [org],
      );
      const student = await one(
        `INSERT INTO student (organization_id, family_id, name, school_id) VALUES ($1, $2, 'Student', $3)`,
        [org, family, schoolId],
      );
      const id = await one(
        `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, status, opened_on, outcome)
         VALUES ($1, $2, $3, 'Case', '{SCHOOL_REFUSAL}', $4, $5, $6)`,
        [org, family, student, status, openedOn, outcome],
      );
      await sql(
        `INSERT INTO case_assignment (organization_id, case_id, membership_id) VALUES ($1, $2, $3)`,
        [org, id, member],
      );
      return id;
    };
    const c1 = await openCase(oak, '2025-09-01', 'RESOLVED', 'RETURNED_FULL_TIME', adminMember);
    const c2 = await openCase(pine, '2025-09-20', 'ACTIVE', null, advocateMember);
    const c3 = await openCase(elm, '2025-10-15', 'CLOSED', 'HOME_INSTRUCTION', adminMember);
    await openCase(oak, '2025-06-01', 'ACTIVE', null, adminMember);
    const change = (caseId: string, to: string, at: string) =>
      sql(
        `INSERT INTO case_status_change (organization_id, case_id, from_status, to_status, changed_at)
         VALUES ($1, $2, 'ACTIVE', $3, $4)`,
        [org, caseId, to, at],
      );
    await change(c1, 'RESOLVED', '2025-12-01T18:00:00Z');
    await change(c3, 'CLOSED', '2025-11-14T18:00:00Z');

    const request = (
      caseId: string,
      type: string,
      status: string,
      receivedOn: string,
      dueOn: string | null,
    ) =>
      one(
        `INSERT INTO written_request (organization_id, case_id, type, subject, status, sent_on, received_on, due_on, due_at)
         VALUES ($1, $2, $3, 'Request', $4, $5, $5, $6, ($6::date + 1)::timestamp AT TIME ZONE 'America/Chicago')`,
        [org, caseId, type, status, receivedOn, dueOn],
      );
    const respond = (requestId: string, on: string, outcome: string, reasons: string[] = []) =>
      sql(
        `INSERT INTO school_response (organization_id, request_id, received_on, channel, outcome, reasons)
         VALUES ($1, $2, $3, 'EMAIL', $4, $5)`,
        [org, requestId, on, outcome, reasons],
      );
    const followUp = (requestId: string, caseId: string) =>
      sql(
        `INSERT INTO follow_up (organization_id, case_id, request_id, item_key, kind, sequence, scheduled_at, status, sent_at)
         VALUES ($1, $2, $3, $4, 'SCHOOL_FOLLOW_UP', 1, $5, 'SENT', $5)`,
        [org, caseId, requestId, `request/${requestId}`, '2025-11-18T15:00:00Z'],
      );
    const r1 = await request(c1, 'EVALUATION', 'RESPONDED', '2025-09-02', '2025-09-16');
    await respond(r1, '2025-09-10', 'GRANTED');
    const r2 = await request(c1, 'RECORDS', 'RESPONDED', '2025-09-03', '2025-09-17');
    await respond(r2, '2025-09-24', 'DENIED', ['LACK_OF_DATA', 'RESOURCES_STAFFING']);
    const r3 = await request(c2, 'FBA', 'SENT', '2025-10-01', '2025-10-15');
    await respond(r3, '2025-10-10', 'DEFERRED_NEEDS_DATA', ['LACK_OF_DATA']);
    await request(c2, 'EVALUATION', 'SENT', '2025-10-06', '2025-10-20');
    const r5 = await request(c3, 'IEP_MEETING', 'SENT', '2025-11-03', '2025-11-17');
    await followUp(r5, c3);
    await respond(r5, '2025-11-30', 'DENIED', ['PRECEDENT_OR_POLICY']);
    const r6 = await request(c3, 'RECORDS', 'RESPONDED', '2025-11-03', '2025-11-17');
    await followUp(r6, c3);
    await respond(r6, '2025-11-21', 'GRANTED');
    await request(c1, 'EVALUATION', 'SENT', '2026-01-05', '2026-01-20');
    await sql(
      `INSERT INTO written_request (organization_id, case_id, type, subject, status) VALUES ($1, $2, 'OTHER', 'Draft', 'DRAFT')`,
      [org, c1],
    );
    await request(c2, 'ACCOMMODATIONS', 'SENT', '2025-12-01', null);
  }

  beforeAll(async () => {
    api = await createTestApp(REPORTS_API, { admins: ['reports'] });
    ({ anonymous } = api);
    [admin] = api.admins;
    const org = admin.activeOrganization!.id;
    advocate = await joinAs(anonymous, api.adminUrl, 'reports-advocate', org, 'ADVOCATE');
    analyst = await joinAs(anonymous, api.adminUrl, 'reports-analyst', org, 'ANALYST');
    other = await signUpAdmin(anonymous, 'reports-other', api.adminUrl);
    const member = async (userId: string) =>
      (
        await sql<{ id: string }>(
          'SELECT id FROM membership WHERE organization_id = $1 AND user_id = $2',
          [org, userId],
        )
      )[0]!.id;
    ids['adminMember'] = await member(admin.user.id);
    ids['advocateMember'] = await member(advocate.user.id);
    await seed(org, ids['adminMember'], ids['advocateMember']);
  });

  afterAll(() => api?.close());

  it('gives the hand-computed figures', async () => {
    const figures = await report(analyst, { range: RANGE });
    expect(figures).toEqual({
      range: RANGE,
      requests: 7, // R1–R6 and R9
      requestsByTypeAndState: [
        { type: 'ACCOMMODATIONS', state: 'SENT', count: 1 },
        { type: 'EVALUATION', state: 'OVERDUE', count: 1 },
        { type: 'EVALUATION', state: 'RESPONDED', count: 1 },
        { type: 'FBA', state: 'OVERDUE', count: 1 },
        { type: 'IEP_MEETING', state: 'OVERDUE', count: 1 },
        { type: 'RECORDS', state: 'RESPONDED', count: 2 },
      ],
      // Decided: R1–R6 (each answered, or its deadline passed); answered on time: R1 only. R3's
      // deferral of 10-10 came before its deadline but is not an answer (counted deferred);
      // R5's no came without Prior Written Notice (counted refused without PWN). 1/6 = 0.167.
      deadlines: {
        decided: 6,
        answeredByDeadline: 1,
        share: 0.167,
        deferred: 1,
        refusedWithoutPwn: 1,
      },
      // 8, 9, 18, 21, 27: median 18; p90 at rank 3.6 = 21 + 0.6 × 6 = 24.6.
      daysToFirstResponse: { answered: 5, median: 18, p90: 24.6 },
      overdueNow: 3, // R3, R4, R5
      outcomes: [
        { outcome: 'DENIED', count: 2 },
        { outcome: 'GRANTED', count: 2 },
        { outcome: 'DEFERRED_NEEDS_DATA', count: 1 },
      ],
      refusalReasons: [
        { reason: 'LACK_OF_DATA', count: 2 },
        { reason: 'PRECEDENT_OR_POLICY', count: 1 },
        { reason: 'RESOURCES_STAFFING', count: 1 },
      ],
      // North has 3 late (R2, R3, R4), South 2 (R5, R6): North ranks first.
      districts: [
        {
          name: 'North ISD', // R1–R4, R9; decided R1–R4, answered on time R1: 1/4
          requests: 5,
          answered: 3,
          answeredByDeadlineShare: 0.25,
          late: 3,
          deferred: 1,
          medianDaysToFirstResponse: 9, // 8, 9, 21
        },
        {
          name: 'South ISD', // R5, R6
          requests: 2,
          answered: 2,
          answeredByDeadlineShare: 0,
          late: 2,
          deferred: 0,
          medianDaysToFirstResponse: 22.5, // 18, 27
        },
      ],
      // Pine and Elm have 2 late each; Pine deferred once, so it ranks first.
      schools: [
        {
          name: 'Pine Middle', // R3, R4, R9: both decided ones late
          requests: 3,
          answered: 1,
          answeredByDeadlineShare: 0,
          late: 2,
          deferred: 1,
          medianDaysToFirstResponse: 9,
        },
        {
          name: 'Elm High',
          requests: 2,
          answered: 2,
          answeredByDeadlineShare: 0,
          late: 2,
          deferred: 0,
          medianDaysToFirstResponse: 22.5,
        },
        {
          name: 'Oak Elementary', // R1, R2
          requests: 2,
          answered: 2,
          answeredByDeadlineShare: 0.5,
          late: 1,
          deferred: 0,
          medianDaysToFirstResponse: 14.5,
        },
      ],
      // Follow-ups out on Tue 11-18: R6 answered Fri 11-21 (3 school days), R5 on Sun 11-30
      // (8 school days: 19, 20, 21, 24–28).
      followUps: { followedUp: 2, answeredWithinFiveSchoolDays: 1, share: 0.5 },
      cases: {
        opened: 3, // C1–C3
        byStatus: [
          { status: 'ACTIVE', count: 1 },
          { status: 'CLOSED', count: 1 },
          { status: 'RESOLVED', count: 1 },
        ],
        outcomes: [
          { outcome: 'HOME_INSTRUCTION', count: 1 },
          { outcome: 'RETURNED_FULL_TIME', count: 1 },
        ],
        resolved: 2,
        medianDaysToResolution: 60.5, // 91 and 30
      },
      // Open now: C4 (admin, no requests), C2 (advocate; R3 — deferred, still owed — R4, R9).
      caseloadPerAdvocate: expect.arrayContaining([
        { memberId: ids['adminMember'], name: 'Admin REPORTS', openCases: 1, openRequests: 0 },
        {
          memberId: ids['advocateMember'],
          name: 'Admin REPORTS-ADVOCATE',
          openCases: 1,
          openRequests: 3,
        },
      ]),
    });
  });

  it('gives every report asked at the same time the same figures (side by side or not)', async () => {
    // Two at a time take a second connection for the cases' half; the others run it after.
    const reports = await Promise.all(
      Array.from({ length: 6 }, () => report(analyst, { range: RANGE })),
    );
    for (const figures of reports) expect(figures).toEqual(reports[0]);
    expect([reports[0]!.requests, reports[0]!.cases.opened]).toEqual([7, 3]);
  });

  it('counts a response recorded a moment ago (the summary is computed before reading)', async () => {
    const before = await report(admin, { range: RANGE });
    await sql(
      `UPDATE school_response SET outcome = 'GRANTED', reasons = '{}'
        WHERE request_id = (SELECT id FROM written_request WHERE type = 'FBA' AND organization_id = $1)`,
      [admin.activeOrganization!.id],
    );
    const after = await report(admin, { range: RANGE });
    expect([before.outcomes, after.outcomes]).toEqual([
      [
        { outcome: 'DENIED', count: 2 },
        { outcome: 'GRANTED', count: 2 },
        { outcome: 'DEFERRED_NEEDS_DATA', count: 1 },
      ],
      [
        { outcome: 'GRANTED', count: 3 },
        { outcome: 'DENIED', count: 2 },
      ],
    ]);
    // The FBA granted on 10-10 is answered on time now: R1 and R3 of the six decided.
    expect([before.deadlines, after.deadlines]).toEqual([
      { decided: 6, answeredByDeadline: 1, share: 0.167, deferred: 1, refusedWithoutPwn: 1 },
      { decided: 6, answeredByDeadline: 2, share: 0.333, deferred: 0, refusedWithoutPwn: 1 },
    ]);
    await sql(
      `UPDATE school_response SET outcome = 'DEFERRED_NEEDS_DATA', reasons = '{LACK_OF_DATA}'
        WHERE request_id = (SELECT id FROM written_request WHERE type = 'FBA' AND organization_id = $1)`,
      [admin.activeOrganization!.id],
    );
  });

  it('counts a no answered once its Prior Written Notice is on file (late, not refused without PWN)', async () => {
    const org = admin.activeOrganization!.id;
    const setNotice = (given: boolean) =>
      sql(
        `UPDATE school_response SET prior_written_notice = $2
          WHERE request_id = (SELECT id FROM written_request WHERE type = 'IEP_MEETING' AND organization_id = $1)`,
        [org, given],
      );
    await setNotice(true);
    const withNotice = await report(admin, { range: RANGE });
    await setNotice(false);
    // R5's no of 11-30 now answers it, after its 11-17 deadline: decided and late either way,
    // still not on time; it leaves the refused-without-PWN count.
    expect(withNotice.deadlines).toEqual({
      decided: 6,
      answeredByDeadline: 1,
      share: 0.167,
      deferred: 1,
      refusedWithoutPwn: 0,
    });
  });

  it('filters by district, school, advocate and request type', async () => {
    const south = await report(admin, { range: RANGE, filter: { districtIds: [ids['south']] } });
    expect([south.requests, south.cases.opened, south.districts.map((d) => d.name)]).toEqual([
      2,
      1,
      ['South ISD'],
    ]);
    const advocates = await report(admin, {
      range: RANGE,
      filter: { advocateIds: [ids['advocateMember']] },
    });
    expect(advocates.requests).toBe(3); // R3, R4, R9
    const records = await report(admin, { range: RANGE, filter: { requestTypes: ['RECORDS'] } });
    expect(records.requests).toBe(2);
    // A case has no type: it counts when it has a request of one (c1 and c3 asked for records).
    expect(records.cases.opened).toBe(2);
    const fba = await report(admin, { range: RANGE, filter: { requestTypes: ['FBA'] } });
    expect([fba.requests, fba.cases.opened]).toEqual([1, 1]);
    // The admin's open case has no FBA request: 0 of it; the advocate's c2 has one.
    const openCases = Object.fromEntries(
      (fba['caseloadPerAdvocate'] as Array<{ memberId: string; openCases: number }>).map((a) => [
        a.memberId,
        a.openCases,
      ]),
    );
    expect(openCases).toEqual({ [ids['advocateMember']!]: 1, [ids['adminMember']!]: 0 });
  });

  it('lists the requests behind each figure, as the figures count them', async () => {
    const behind = async (figure: string) => {
      const { outcomeReportRequests } = await anonymous.as(analyst.accessToken).data<{
        outcomeReportRequests: { edges: Array<{ node: { type: string; sentOn: string } }> };
      }>(
        `query ($range: ReportRangeInput!, $figure: ReportedFigure) {
          outcomeReportRequests(range: $range, figure: $figure, first: 100) {
            edges { node { type sentOn } }
          }
        }`,
        { range: RANGE, figure },
      );
      return outcomeReportRequests.edges.map((e) => `${e.node.type} ${e.node.sentOn}`).sort();
    };
    expect(await behind('ANSWERED_BY_DEADLINE')).toEqual(['EVALUATION 2025-09-02']); // R1
    expect(await behind('LATE')).toEqual([
      'EVALUATION 2025-10-06', // R4, overdue
      'FBA 2025-10-01', // R3, overdue (its deferral is no answer)
      'IEP_MEETING 2025-11-03', // R5, a no without PWN
      'RECORDS 2025-09-03', // R2, answered after its day
      'RECORDS 2025-11-03', // R6
    ]);
    expect(await behind('OVERDUE_NOW')).toEqual([
      'EVALUATION 2025-10-06',
      'FBA 2025-10-01',
      'IEP_MEETING 2025-11-03',
    ]);
    expect(await behind('DEFERRED')).toEqual(['FBA 2025-10-01']);
    expect(await behind('ONLY_DEFERRED')).toEqual(['FBA 2025-10-01']);
    expect(await behind('REFUSED_WITHOUT_PWN')).toEqual(['IEP_MEETING 2025-11-03']);
    expect(await behind(null as unknown as string)).toHaveLength(7);
  });

  it('refuses a bad range or an unknown id with the field, and advocates', async () => {
    const refusal = async (variables: Record<string, unknown>) => {
      const result = await anonymous.as(admin.accessToken).request(REPORT, variables);
      return result.errors?.[0]?.extensions;
    };
    expect(await refusal({ range: { from: '2025-12-31', to: '2025-09-01' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'range.to' }],
    });
    expect(await refusal({ range: { from: '2000-01-01', to: '2025-01-01' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'range.to' }],
    });
    expect(await refusal({ range: { from: '2025-13-01', to: '2025-12-01' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const otherDistrict = await one(
      `INSERT INTO district (organization_id, name, state, time_zone) VALUES ($1, 'Elsewhere', 'TX', 'America/Chicago')`,
      [other.activeOrganization!.id],
    );
    expect(await refusal({ range: RANGE, filter: { districtIds: [otherDistrict] } })).toMatchObject(
      { code: 'BAD_USER_INPUT', fields: [{ field: 'filter.districtIds' }] },
    );
    const forbidden = await anonymous.as(advocate.accessToken).request(REPORT, { range: RANGE });
    expect(forbidden.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('shows another organization none of it', async () => {
    const theirs = await report(other, { range: RANGE });
    expect([theirs.requests, theirs.cases.opened, theirs.districts]).toEqual([0, 0, []]);
  });
});
