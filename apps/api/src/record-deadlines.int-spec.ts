// The whole api: request deadlines with the follow-ups they plan (above requests).
import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestApp, type TestApp, type TestAuth } from '@onrecord/platform/testing';
import { FICTIONAL_2025_26, given } from '@onrecord/test-fixtures';
import { AppModule } from './app.module';

/**
 * Issue 20 over GraphQL: deadlines that never silently vanish (provisional without a school
 * calendar, recomputed and the move said when it arrives; districts that need a calendar; the
 * preview from a district or a state; Texas absences), dates set by hand shown as such, and
 * inputs that explain themselves (the trigger required where a type has several clocks; trigger
 * labels matched in Spanish and without accents). A Texas district with only the fictional
 * 2025-26 calendar, as 9 of the 12 demo districts were on 2026-12-03.
 *
 * Hand-counted dates (Texas public holidays: Thu 24 Dec Christmas Eve, Fri 25 Dec Christmas):
 * - 15 school days from Thu 3 Dec 2026 without a calendar (weekdays less holidays): Dec 4 (1),
 *   Dec 7–11 (6), Dec 14–18 (11), Dec 21–23 (14), Dec 24–25 skipped, Mon 28 Dec (15).
 * - With the 2026-27 calendar (winter break Dec 21 2026–Jan 1 2027): Dec 4 (1), Dec 7–11 (6),
 *   Dec 14–18 (11), break, Jan 4–7 (12–15) → Thu 7 Jan 2027.
 * - FIIE report, consent Mon 6 Oct 2025: 45th school day Wed 17 Dec 2025; absent Oct 8, 15, 22
 *   → +3 school days: Dec 18, Dec 19, winter break, Mon 5 Jan 2026.
 */

const DEADLINE = `dueOn computedDueOn setByHand line ruleId
  provisional { sentence schoolYears missingFrom } absences { days extendedBy minDays citation }
  lastMove { from to fromProvisional because sentence } override { dueOn reason }`;
const CREATE = `mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id trigger } }`;
const SEND = `mutation ($id: ID!, $input: SendWrittenRequestInput!) {
  sendWrittenRequest(id: $id, input: $input) { id deadline { ${DEADLINE} } } }`;
const GET = `query ($id: ID!) { writtenRequest(id: $id) { id deadline { ${DEADLINE} } } }`;
const OVERRIDE = `mutation ($id: ID!, $input: OverrideDeadlineInput!) {
  overrideDeadline(id: $id, input: $input) { id deadline { ${DEADLINE} } } }`;
const PREVIEW = `query ($input: DeadlinePreviewInput!) { deadlinePreview(input: $input) { ${DEADLINE} notes } }`;
const NEEDS = `query ($asOf: String, $lookAheadDays: Int) {
  districtsMissingCalendars(asOf: $asOf, lookAheadDays: $lookAheadDays) {
    districtId districtName state missingSchoolYears provisionalRequests sentence } }`;
const CREATE_YEAR = `mutation ($input: CreateSchoolYearInput!) { createSchoolYear(input: $input) { id } }`;
const RECORD_ATTENDANCE = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { id triggers } }`;
const CASELOAD = `query { caseload(first: 50) {
  edges { node { case { id } provisionalDeadlineCount } } } }`;
const TIMELINE = `query ($caseId: ID!) { caseTimeline(caseId: $caseId, first: 50) {
  edges { node { kind title } } } }`;

interface Deadline {
  dueOn: string | null;
  computedDueOn: string | null;
  setByHand: boolean;
  line: string;
  ruleId: string | null;
  provisional: { sentence: string; schoolYears: string[]; missingFrom: string } | null;
  absences: { days: string[]; extendedBy: number; minDays: number; citation: string } | null;
  lastMove: {
    from: string | null;
    to: string | null;
    fromProvisional: boolean;
    because: string;
    sentence: string;
  } | null;
  override: { dueOn: string; reason: string } | null;
  notes?: string[];
}
interface Need {
  districtId: string;
  districtName: string;
  state: string;
  missingSchoolYears: string[];
  provisionalRequests: number;
  sentence: string;
}

describe('deadlines that never silently vanish (issue 20)', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let adminA: TestAuth;
  let adminB: TestAuth;
  const ids: Record<string, string> = {};

  const as = (auth: TestAuth) => api.as(auth);
  const sql = <T = Record<string, string>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, text, params);

  /** A Texas district with the fictional 2025-26 calendar only, a school, contact, student, case. */
  const seed = (auth: TestAuth, label: string) =>
    given(api.adminUrl, auth, label)
      .district({ calendar: FICTIONAL_2025_26 })
      .school()
      .contact('CASE_MANAGER', { email: 'cm@example.org' })
      .family()
      .student()
      .openCase();

  async function sendRequest(
    auth: TestAuth,
    input: Record<string, unknown>,
    receivedOn: string,
  ): Promise<{ id: string; deadline: Deadline }> {
    const { createWrittenRequest } = await as(auth).data<{ createWrittenRequest: { id: string } }>(
      CREATE,
      { input: { subject: 'Request', recipientIds: [ids['contactA']], ...input } },
    );
    const { sendWrittenRequest } = await as(auth).data<{
      sendWrittenRequest: { id: string; deadline: Deadline };
    }>(SEND, {
      id: createWrittenRequest.id,
      input: { sentOn: receivedOn, receivedOn, channel: 'EMAIL' },
    });
    return sendWrittenRequest;
  }

  const deadlineOf = async (id: string): Promise<Deadline> =>
    (await as(adminA).data<{ writtenRequest: { deadline: Deadline } }>(GET, { id })).writtenRequest
      .deadline;

  const followUpsOf = (requestId: string) =>
    sql<{ kind: string; status: string; on: string }>(
      `SELECT kind, status, to_char(scheduled_at AT TIME ZONE 'America/Chicago', 'YYYY-MM-DD') AS on
         FROM follow_up WHERE request_id = $1 AND status IN ('PLANNED', 'DRAFT', 'QUEUED')
        ORDER BY scheduled_at`,
      [requestId],
    );

  beforeAll(async () => {
    api = await createTestApp(AppModule, { admins: ['deadlines-a', 'deadlines-b'] });
    [adminA, adminB] = api.admins;
    const a = await seed(adminA, 'Austin');
    const b = await seed(adminB, 'Other');
    Object.assign(ids, {
      orgA: adminA.activeOrganization!.id,
      districtA: a.districtId,
      contactA: a.contactId,
      studentA: a.studentId,
      caseA: a.caseId,
      districtB: b.districtId,
    });
  });

  afterAll(() => api?.close());

  it('refuses a request whose type has several clocks when the trigger is left out', async () => {
    // Before: a TX consent left without its trigger was timed as a request (15 school days).
    const error = await as(adminA).errorOf(CREATE, {
      input: {
        caseId: ids['caseA'],
        type: 'EVALUATION',
        subject: 'Consent',
        recipientIds: [ids['contactA']],
      },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual([
      expect.objectContaining({
        field: 'trigger',
        message: expect.stringContaining(
          'WRITTEN_REQUEST_RECEIVED, ORAL_REQUEST_RECEIVED, CONSENT_RECEIVED',
        ),
      }),
    ]);
  });

  it('gives a request received when the calendar is missing a provisional date, and plans its follow-ups', async () => {
    const sent = await sendRequest(
      adminA,
      { caseId: ids['caseA'], type: 'EVALUATION', trigger: 'WRITTEN_REQUEST_RECEIVED' },
      '2026-12-03',
    );
    ids['provisional'] = sent.id;
    expect(sent.deadline).toMatchObject({
      dueOn: '2026-12-28',
      ruleId: 'TX-89.1011-FIIE-RESPONSE',
      setByHand: false,
      provisional: {
        sentence: 'provisional: no school calendar for 2026-27 — add it',
        schoolYears: ['2026-27'],
        missingFrom: '2026-12-04',
      },
    });
    expect(sent.deadline.line).toBe(
      'due 2026-12-28 (19 TAC 89.1011(a)–(b); provisional: no school calendar for 2026-27 — add it)',
    );
    // Before: no due date, so no follow-up at all. Now the school is followed up after it.
    const planned = await followUpsOf(sent.id);
    const school = planned.filter((f) => f.kind === 'SCHOOL_FOLLOW_UP');
    expect(school).toHaveLength(1);
    expect(school[0]!.on > '2026-12-28').toBe(true);
    // The caseload says the case has a provisional deadline.
    const { caseload } = await as(adminA).data<{
      caseload: {
        edges: Array<{ node: { case: { id: string }; provisionalDeadlineCount: number } }>;
      };
    }>(CASELOAD);
    expect(caseload.edges.map((e) => e.node)).toEqual([
      { case: { id: ids['caseA'] }, provisionalDeadlineCount: 1 },
    ]);
  });

  it('tells admins which districts need a calendar, and only their own', async () => {
    const { districtsMissingCalendars } = await as(adminA).data<{
      districtsMissingCalendars: Need[];
    }>(NEEDS, { asOf: '2026-12-03', lookAheadDays: 0 });
    expect(districtsMissingCalendars).toEqual([
      {
        districtId: ids['districtA'],
        districtName: 'Austin ISD',
        state: 'TX',
        missingSchoolYears: ['2026-27'],
        provisionalRequests: 1,
        sentence:
          'Austin ISD (TX) has no school calendar for 2026-27: 1 open request has a provisional deadline. Add it (importSchoolCalendar).',
      },
    ]);
    // Next year is listed once July 1 2027 is within the look-ahead (2027-04-02 + 90 days).
    const ahead = await as(adminA).data<{ districtsMissingCalendars: Need[] }>(NEEDS, {
      asOf: '2027-04-02',
      lookAheadDays: 90,
    });
    expect(ahead.districtsMissingCalendars[0]!.missingSchoolYears).toEqual(['2026-27', '2027-28']);
    const other = await as(adminB).data<{ districtsMissingCalendars: Need[] }>(NEEDS, {
      asOf: '2026-12-03',
      lookAheadDays: 0,
    });
    expect(other.districtsMissingCalendars.map((n) => n.districtId)).toEqual([ids['districtB']]);
  });

  it('previews a deadline from a district or only a state, without a case', async () => {
    const byState = await as(adminA).data<{ deadlinePreview: Deadline }>(PREVIEW, {
      input: {
        state: 'tx',
        type: 'EVALUATION',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        receivedOn: '2026-12-03',
      },
    });
    expect(byState.deadlinePreview).toMatchObject({ dueOn: '2026-12-28', provisional: {} });
    expect(byState.deadlinePreview.notes![0]).toMatch(/^Only a state was given/);
    const byDistrict = await as(adminA).data<{ deadlinePreview: Deadline }>(PREVIEW, {
      input: {
        districtId: ids['districtA'],
        type: 'IEP_MEETING',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
        receivedOn: '2025-10-06',
      },
    });
    // 19 TAC 89.1050(e): 5 school days from Mon 6 Oct 2025 (Oct 13 closed) → Tue 14 Oct.
    expect(byDistrict.deadlinePreview).toMatchObject({ dueOn: '2025-10-14', provisional: null });
    const both = await as(adminA).errorOf(PREVIEW, {
      input: {
        state: 'TX',
        districtId: ids['districtA'],
        type: 'RECORDS',
        trigger: 'WRITTEN_REQUEST_RECEIVED',
      },
    });
    expect(both.fields).toEqual([expect.objectContaining({ field: 'caseId' })]);
    const foreign = await as(adminA).errorOf(PREVIEW, {
      input: { districtId: ids['districtB'], type: 'RECORDS', trigger: 'WRITTEN_REQUEST_RECEIVED' },
    });
    expect(foreign).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'districtId' }] });
  });

  it('recomputes when the calendar arrives and says what moved', async () => {
    await as(adminA).data(CREATE_YEAR, {
      input: {
        districtId: ids['districtA'],
        label: '2026-27',
        firstDay: '2026-08-17',
        lastDay: '2027-06-04',
        nonSchoolDays: [{ from: '2026-12-21', to: '2027-01-01', label: 'Winter break' }],
      },
    });
    const deadline = await deadlineOf(ids['provisional']!);
    expect(deadline).toMatchObject({
      dueOn: '2027-01-07',
      provisional: null,
      lastMove: {
        from: '2026-12-28',
        to: '2027-01-07',
        fromProvisional: true,
        because: 'the school calendar changed',
        sentence:
          'The due day moved from 2026-12-28 (provisional) to 2027-01-07: the school calendar changed.',
      },
    });
    // The follow-ups moved with it: none before the new due day.
    const planned = await followUpsOf(ids['provisional']!);
    const school = planned.filter((f) => f.kind === 'SCHOOL_FOLLOW_UP');
    expect(school).toHaveLength(1);
    expect(school[0]!.on > '2027-01-07').toBe(true);
    const { districtsMissingCalendars } = await as(adminA).data<{
      districtsMissingCalendars: Need[];
    }>(NEEDS, { asOf: '2026-12-03', lookAheadDays: 0 });
    expect(districtsMissingCalendars).toEqual([]);
  });

  it('extends a Texas evaluation by the absences logged, and shows them', async () => {
    const sent = await sendRequest(
      adminA,
      { caseId: ids['caseA'], type: 'EVALUATION', trigger: 'CONSENT_RECEIVED' },
      '2025-10-06',
    );
    expect(sent.deadline).toMatchObject({
      dueOn: '2025-12-17',
      ruleId: 'TX-29.004-FIIE-REPORT',
      absences: { days: [], extendedBy: 0, minDays: 3 },
    });
    for (const date of ['2025-10-08', '2025-10-15', '2025-10-22']) {
      await as(adminA).data(RECORD_ATTENDANCE, {
        input: { studentId: ids['studentA'], date, status: 'ABSENT' },
      });
    }
    const deadline = await deadlineOf(sent.id);
    expect(deadline).toMatchObject({
      dueOn: '2026-01-05',
      absences: {
        days: ['2025-10-08', '2025-10-15', '2025-10-22'],
        extendedBy: 3,
        citation: 'TEC 29.004(a)(1), (a-1)',
      },
      lastMove: {
        from: '2025-12-17',
        to: '2026-01-05',
        because: "the student's attendance changed",
      },
    });
  });

  it('shows a date set by hand as such, with its reason and the rule’s date, on the request and the timeline', async () => {
    const sent = await sendRequest(
      adminA,
      { caseId: ids['caseA'], type: 'RECORDS', trigger: 'WRITTEN_REQUEST_RECEIVED' },
      '2025-10-06',
    );
    const { overrideDeadline } = await as(adminA).data<{
      overrideDeadline: { deadline: Deadline };
    }>(OVERRIDE, {
      id: sent.id,
      input: { dueOn: '2025-11-23', reason: 'the parent agreed to an extension' },
    });
    // TX records: 45 calendar days from Mon 6 Oct 2025 → Thu 20 Nov (34 CFR 300.613).
    expect(overrideDeadline.deadline).toMatchObject({
      dueOn: '2025-11-23',
      computedDueOn: '2025-11-20',
      setByHand: true,
      line: "due 2025-11-23, set by hand: the parent agreed to an extension (the rule's date: 2025-11-20, 34 CFR 300.613)",
    });
    const { caseTimeline } = await as(adminA).data<{
      caseTimeline: { edges: Array<{ node: { kind: string; title: string } }> };
    }>(TIMELINE, { caseId: ids['caseA'] });
    const titles = caseTimeline.edges.map((e) => e.node.title);
    // Before: "Written request sent: records, due 2025-11-23 (34 CFR 300.613)".
    expect(titles).toContain(
      "Written request sent: records, due 2025-11-23, set by hand: the parent agreed to an extension (the rule's date: 2025-11-20, 34 CFR 300.613)",
    );
  });

  it('matches attendance trigger labels without regard to case, accents or language', async () => {
    const { recordAttendance } = await as(adminA).data<{
      recordAttendance: { triggers: string[] };
    }>(RECORD_ATTENDANCE, {
      input: {
        studentId: ids['studentA'],
        date: '2025-10-09',
        status: 'PARTIAL',
        periodsMissed: [1],
        triggers: ['health / SOMATIC', 'transicion de la manana', 'Ruido fuerte'],
      },
    });
    expect(recordAttendance.triggers).toEqual([
      'Health/somatic',
      'Morning transition',
      'Loud noise',
    ]);
  });
});
