import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  createTestApp,
  joinAs as joinOrganizationAs,
  type TestApp,
  type TestAuth,
} from '@onrecord/platform/testing';
import { given } from '@onrecord/test-fixtures';
import { REQUESTS_API } from '../testing/requests-api';

/**
 * Meetings and the organization's settings through GraphQL over HTTP: the two written items
 * a meeting creates and their business-day due dates (Texas holidays around Thanksgiving),
 * reschedule, done and reopened, overdue, the caseload's facts, the timeline, settings, field
 * errors, and what another organization, an analyst or an advocate gets.
 */
const SETTINGS_FIELDS = `meetingConcernsDaysBefore meetingSummaryDaysAfter softDeadlinePeriod softDeadlineUnit customized`;
const SETTINGS = `query { organizationSettings { ${SETTINGS_FIELDS} } }`;
const UPDATE_SETTINGS = `mutation ($input: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) { ${SETTINGS_FIELDS} } }`;
const TASK_FIELDS = `id meetingId kind dueOn dueAt doneOn overdue requestId request { id }`;
const MEETING_FIELDS = `id caseId startsAt kind location notes archivedAt case { id }
  attendees { id contactId memberId name role } tasks { ${TASK_FIELDS} }`;
const SCHEDULE = `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${MEETING_FIELDS} } }`;
const RESCHEDULE = `mutation ($id: ID!, $startsAt: DateTime!) {
  rescheduleMeeting(id: $id, startsAt: $startsAt) { ${MEETING_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { ${MEETING_FIELDS} } }`;
const ARCHIVE = `mutation ($id: ID!) { archiveMeeting(id: $id) { id archivedAt } }`;
const RESTORE = `mutation ($id: ID!) { restoreMeeting(id: $id) { id archivedAt } }`;
const DELETE = `mutation ($id: ID!) { deleteMeeting(id: $id) { id } }`;
const MEETING = `query ($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`;
const MEETINGS = `query ($filter: MeetingFilter, $first: Int, $after: String) {
  meetings(filter: $filter, first: $first, after: $after) {
    edges { node { id startsAt archivedAt } } pageInfo { hasNextPage endCursor } } }`;
const TASK = `query ($id: ID!) { meetingTask(id: $id) { ${TASK_FIELDS} meeting { id } } }`;
const TASKS = `query ($filter: MeetingTaskFilter, $first: Int, $after: String) {
  meetingTasks(filter: $filter, first: $first, after: $after) {
    edges { node { ${TASK_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const COMPLETE = `mutation ($id: ID!, $input: CompleteMeetingTaskInput!) {
  completeMeetingTask(id: $id, input: $input) { ${TASK_FIELDS} } }`;
const REOPEN = `mutation ($id: ID!) { reopenMeetingTask(id: $id) { ${TASK_FIELDS} } }`;
const CASELOAD = `query { caseload(first: 50) {
  edges { node { case { id } nextDeadline openRequestCount overdueCount } } } }`;
const TIMELINE = `query ($caseId: ID!) { caseTimeline(caseId: $caseId, first: 50, order: OLDEST_FIRST) {
  edges { node { id kind occurredAt title detail entityType entityId sharedWithFamily } } } }`;

interface Task {
  id: string;
  meetingId: string;
  kind: string;
  dueOn: string;
  dueAt: string;
  doneOn: string | null;
  overdue: boolean;
  requestId: string | null;
  request: { id: string } | null;
}
interface Meeting {
  id: string;
  caseId: string;
  startsAt: string;
  kind: string;
  location: string;
  notes: string;
  archivedAt: string | null;
  case: { id: string };
  attendees: Array<{
    contactId: string | null;
    memberId: string | null;
    name: string;
    role: string;
  }>;
  tasks: Task[];
}
interface Edges<T> {
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

// Today is after 2025-12-03 in every run of this suite; 2030 is far enough ahead.
/** Monday after Thanksgiving 2025, 9:00 in Chicago: held. */
const PAST_MONDAY = '2025-12-01T15:00:00.000Z';
/** Monday after Thanksgiving 2030 (Thursday 28th; Texas: Friday 29th too), 9:00 in Chicago. */
const FUTURE_MONDAY = '2030-12-02T15:00:00.000Z';
/** The end of a day in Chicago (CST, UTC-6, in winter). */
const endOfChicagoDay = (date: string) => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return new Date(next.getTime() + 6 * 3600_000 - 1).toISOString();
};

describe('meetings and organization settings over HTTP', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let adminA: TestAuth;
  let adminB: TestAuth;
  let analystA: TestAuth;
  let advocateA: TestAuth;
  const ids: Record<string, string> = {};

  const as = (auth: TestAuth) => api.as(auth);
  const sql = <T = Record<string, string>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, text, params);
  const one = async (text: string, params: unknown[]): Promise<string> =>
    (await sql<{ id: string }>(`${text} RETURNING id`, params))[0]!.id;
  const membershipOf = async (auth: TestAuth, organizationId: string) =>
    (
      await sql<{ id: string }>(
        'SELECT id FROM membership WHERE user_id = $1 AND organization_id = $2',
        [auth.user.id, organizationId],
      )
    )[0]!.id;
  // Analysts here were granted family records by an admin (analyst-access.int-spec.ts tests
  // an analyst without the grant).
  const joinAs = (label: string, organizationId: string, role: string): Promise<TestAuth> =>
    joinOrganizationAs(api.anonymous, api.adminUrl, label, organizationId, role, {
      readsFamilyRecords: role === 'ANALYST',
    });

  /** A Texas district (or `districtId`), school, contacts, family, student and a case assigned to `auth`. */
  const seedCase = (auth: TestAuth, label: string, districtId?: string) =>
    given(api.adminUrl, auth, label)
      .district({ existing: districtId })
      .school()
      .contact('CASE_MANAGER')
      .contact('PRINCIPAL', {
        as: 'archivedContactId',
        name: 'Gone Principal',
        districtWide: true,
        archived: true,
      })
      .family()
      .student()
      .openCase();

  /** A sent written request as the written-requests feature leaves it. */
  const writtenRequest = (org: string, caseId: string, dueAt: string) =>
    one(
      `INSERT INTO written_request
         (organization_id, case_id, type, subject, status, sent_on, received_on, due_on, due_at, deadline)
       VALUES ($1, $2, 'EVALUATION', 'Please evaluate', 'SENT', '2025-09-01', '2025-09-01',
               ($3::timestamptz AT TIME ZONE 'America/Chicago')::date, $3::timestamptz, NULL)`,
      [org, caseId, dueAt],
    );

  const schedule = async (input: Record<string, unknown>, auth = adminA) =>
    (await as(auth).data<{ scheduleMeeting: Meeting }>(SCHEDULE, { input })).scheduleMeeting;
  const taskOf = (meeting: Meeting, kind: string) => meeting.tasks.find((t) => t.kind === kind)!;

  beforeAll(async () => {
    api = await createTestApp(REQUESTS_API, { admins: ['meet-a', 'meet-b'] });
    [adminA, adminB] = api.admins;
    analystA = await joinAs('meet-analyst-a', adminA.activeOrganization!.id, 'ANALYST');
    advocateA = await joinAs('meet-advocate-a', adminA.activeOrganization!.id, 'ADVOCATE');
    const a = await seedCase(adminA, 'Garcia');
    const b = await seedCase(adminB, 'Other');
    const orgA = adminA.activeOrganization!.id;
    const orgB = adminB.activeOrganization!.id;
    Object.assign(ids, {
      orgA,
      orgB,
      districtA: a.districtId,
      caseA: a.caseId,
      contactA: a.contactId,
      archivedContactA: a.archivedContactId,
      memberA: await membershipOf(advocateA, orgA),
      caseB: b.caseId,
      contactB: b.contactId,
      memberB: await membershipOf(adminB, orgB),
    });
  });
  afterAll(() => api?.close());

  describe('settings', () => {
    it('are the defaults until an admin changes them; everyone reads them', async () => {
      const defaults = {
        meetingConcernsDaysBefore: 2,
        meetingSummaryDaysAfter: 2,
        softDeadlinePeriod: 10,
        softDeadlineUnit: 'SCHOOL_DAYS',
        customized: false,
      };
      for (const auth of [adminA, advocateA, analystA])
        expect(
          (await as(auth).data<{ organizationSettings: unknown }>(SETTINGS)).organizationSettings,
        ).toEqual(defaults);
    });

    it('refuses values outside the ranges, with the field', async () => {
      const refused = await as(adminA).errorOf(UPDATE_SETTINGS, {
        input: {
          meetingConcernsDaysBefore: 31,
          meetingSummaryDaysAfter: -1,
          softDeadlinePeriod: 0,
        },
      });
      expect(refused.code).toBe('BAD_USER_INPUT');
      expect(refused.fields).toEqual(
        expect.arrayContaining([
          { field: 'meetingConcernsDaysBefore', message: expect.stringMatching(/0 to 30/) },
          { field: 'meetingSummaryDaysAfter', message: expect.stringMatching(/0 to 30/) },
          { field: 'softDeadlinePeriod', message: expect.stringMatching(/1 to 120/) },
        ]),
      );
      const tooLong = await as(adminA).errorOf(UPDATE_SETTINGS, {
        input: { softDeadlinePeriod: 121 },
      });
      expect(tooLong.fields).toEqual([
        { field: 'softDeadlinePeriod', message: expect.any(String) },
      ]);
      // The unit is an enum: GraphQL itself refuses another value.
      const unit = await as(adminA).errorOf(UPDATE_SETTINGS, {
        input: { softDeadlineUnit: 'WEEKS' },
      });
      expect(unit.code).toBe('BAD_USER_INPUT');
      expect(unit.message).toMatch(/softDeadlineUnit/);
    });

    it('only admins change them; an advocate and an analyst are refused', async () => {
      for (const auth of [advocateA, analystA])
        expect(
          (await as(auth).errorOf(UPDATE_SETTINGS, { input: { softDeadlinePeriod: 5 } })).code,
        ).toBe('FORBIDDEN');
      const { updateOrganizationSettings } = await as(adminA).data<{
        updateOrganizationSettings: Record<string, unknown>;
      }>(UPDATE_SETTINGS, { input: { softDeadlinePeriod: 15, softDeadlineUnit: 'BUSINESS_DAYS' } });
      expect(updateOrganizationSettings).toEqual({
        meetingConcernsDaysBefore: 2,
        meetingSummaryDaysAfter: 2,
        softDeadlinePeriod: 15,
        softDeadlineUnit: 'BUSINESS_DAYS',
        customized: true,
      });
      // B's settings are its own.
      const b = await as(adminB).data<{ organizationSettings: Record<string, unknown> }>(SETTINGS);
      expect(b.organizationSettings).toMatchObject({ softDeadlinePeriod: 10, customized: false });
    });
  });

  describe('meetings', () => {
    let future: Meeting;
    let past: Meeting;

    it('creates the meeting and its two items, due in Texas business days', async () => {
      future = await schedule({
        caseId: ids['caseA'],
        startsAt: FUTURE_MONDAY,
        kind: 'IEP',
        location: 'Room 12',
        notes: 'Annual review',
        attendees: [
          { contactId: ids['contactA'] },
          { memberId: ids['memberA'], role: 'advocate' },
          { name: '  Maria Garcia ', role: 'parent' },
        ],
      });
      expect(future).toMatchObject({
        caseId: ids['caseA'],
        case: { id: ids['caseA'] },
        startsAt: FUTURE_MONDAY,
        kind: 'IEP',
        location: 'Room 12',
        archivedAt: null,
        attendees: [
          // A contact and a member are named by their records (issue 20: they came back empty).
          {
            contactId: ids['contactA'],
            memberId: null,
            name: 'Garcia Case Manager',
            role: 'case manager',
          },
          {
            contactId: null,
            memberId: ids['memberA'],
            name: 'Admin MEET-ADVOCATE-A',
            role: 'advocate',
          },
          { contactId: null, memberId: null, name: 'Maria Garcia', role: 'parent' },
        ],
      });
      // Thursday 28 (federal) and Friday 29 (Texas) are skipped: Wed 27 and Tue 26.
      expect(future.tasks).toEqual([
        expect.objectContaining({
          kind: 'CONCERNS_BEFORE',
          dueOn: '2030-11-26',
          dueAt: endOfChicagoDay('2030-11-26'),
          doneOn: null,
          overdue: false,
        }),
        expect.objectContaining({
          kind: 'SUMMARY_AFTER',
          dueOn: '2030-12-04',
          dueAt: endOfChicagoDay('2030-12-04'),
          overdue: false,
        }),
      ]);
    });

    it('records a meeting already held: its items are created with their dates passed, overdue', async () => {
      past = await schedule({ caseId: ids['caseA'], startsAt: PAST_MONDAY, kind: 'SECTION_504' });
      expect(past.tasks.map((t) => [t.kind, t.dueOn, t.overdue])).toEqual([
        ['CONCERNS_BEFORE', '2025-11-25', true],
        ['SUMMARY_AFTER', '2025-12-03', true],
      ]);
      const overdue = await as(analystA).data<{ meetingTasks: Edges<Task> }>(TASKS, {
        filter: { caseId: ids['caseA'], overdue: true },
      });
      expect(overdue.meetingTasks.edges.map((e) => e.node.id)).toEqual(past.tasks.map((t) => t.id));
      const notOverdue = await as(analystA).data<{ meetingTasks: Edges<Task> }>(TASKS, {
        filter: { caseId: ids['caseA'], overdue: false },
      });
      expect(notOverdue.meetingTasks.edges.map((e) => e.node.id)).toEqual(
        future.tasks.map((t) => t.id),
      );
    });

    it('completes and reopens an item, with the written request of the same case', async () => {
      const concerns = taskOf(past, 'CONCERNS_BEFORE');
      const requestId = await writtenRequest(
        ids['orgA']!,
        ids['caseA']!,
        '2030-01-01T05:59:59.999Z',
      );
      const other = await seedCase(adminA, 'Second', ids['districtA']);
      ids['caseA2'] = other.caseId;
      const otherRequest = await writtenRequest(
        ids['orgA']!,
        other.caseId,
        '2030-01-01T05:59:59.999Z',
      );
      const wrongCase = await as(adminA).errorOf(COMPLETE, {
        id: concerns.id,
        input: { doneOn: '2025-11-24', requestId: otherRequest },
      });
      expect(wrongCase.code).toBe('BAD_USER_INPUT');
      expect(wrongCase.fields).toEqual([
        { field: 'requestId', message: expect.stringMatching(/another case/) },
      ]);
      const futureDay = await as(adminA).errorOf(COMPLETE, {
        id: concerns.id,
        input: { doneOn: '2099-01-01' },
      });
      expect(futureDay.fields).toEqual([{ field: 'doneOn', message: 'cannot be in the future' }]);

      const { completeMeetingTask } = await as(advocateA).data<{ completeMeetingTask: Task }>(
        COMPLETE,
        { id: concerns.id, input: { doneOn: '2025-11-24', requestId } },
      );
      expect(completeMeetingTask).toMatchObject({
        doneOn: '2025-11-24',
        overdue: false,
        requestId,
        request: { id: requestId },
      });
      const done = await as(analystA).data<{ meetingTasks: Edges<Task> }>(TASKS, {
        filter: { caseId: ids['caseA'], done: true },
      });
      expect(done.meetingTasks.edges.map((e) => e.node.id)).toEqual([concerns.id]);

      const { reopenMeetingTask } = await as(adminA).data<{ reopenMeetingTask: Task }>(REOPEN, {
        id: concerns.id,
      });
      expect(reopenMeetingTask).toMatchObject({ doneOn: null, requestId: null, overdue: true });
    });

    it('moves the due dates of items not done when rescheduled', async () => {
      const meeting = await schedule({
        caseId: ids['caseA2'],
        startsAt: FUTURE_MONDAY,
        kind: 'OTHER',
      });
      const concerns = taskOf(meeting, 'CONCERNS_BEFORE');
      await as(adminA).data(COMPLETE, { id: concerns.id, input: { doneOn: '2025-11-20' } });
      const { rescheduleMeeting } = await as(advocateA).data<{ rescheduleMeeting: Meeting }>(
        RESCHEDULE,
        { id: meeting.id, startsAt: '2030-12-09T15:00:00.000Z' },
      );
      expect(rescheduleMeeting.startsAt).toBe('2030-12-09T15:00:00.000Z');
      expect(rescheduleMeeting.tasks.map((t) => [t.kind, t.dueOn, t.doneOn])).toEqual([
        ['CONCERNS_BEFORE', '2030-11-26', '2025-11-20'],
        ['SUMMARY_AFTER', '2030-12-11', null],
      ]);
      await as(adminA).data(REOPEN, { id: concerns.id });
      const again = await as(adminA).data<{ rescheduleMeeting: Meeting }>(RESCHEDULE, {
        id: meeting.id,
        startsAt: '2030-12-16T15:00:00.000Z',
      });
      expect(again.rescheduleMeeting.tasks.map((t) => t.dueOn)).toEqual([
        '2030-12-12',
        '2030-12-18',
      ]);
    });

    it('updates kind, location, notes and attendees', async () => {
      const { updateMeeting } = await as(advocateA).data<{ updateMeeting: Meeting }>(UPDATE, {
        id: future.id,
        input: {
          kind: 'REINTEGRATION_PLANNING',
          location: 'Library',
          attendees: [{ name: 'Dr. Lee', role: 'private therapist' }],
        },
      });
      expect(updateMeeting).toMatchObject({
        kind: 'REINTEGRATION_PLANNING',
        location: 'Library',
        notes: 'Annual review',
        attendees: [
          { contactId: null, memberId: null, name: 'Dr. Lee', role: 'private therapist' },
        ],
      });
      // Attendees left out stay as they are.
      const { updateMeeting: kept } = await as(adminA).data<{ updateMeeting: Meeting }>(UPDATE, {
        id: future.id,
        input: { notes: 'Bring the attendance log' },
      });
      expect(kept.attendees).toHaveLength(1);
      expect(kept.notes).toBe('Bring the attendance log');
    });

    it('puts open items in the caseload: the earliest deadline across requests and meetings, counts summed', async () => {
      const fresh = await seedCase(adminA, 'Caseload', ids['districtA']);
      // Requests: one due in 2029, one overdue since 2025-10-15.
      await writtenRequest(ids['orgA']!, fresh.caseId, '2029-06-01T04:59:59.999Z');
      await writtenRequest(ids['orgA']!, fresh.caseId, '2025-10-15T04:59:59.999Z');
      const factsOf = async () =>
        (
          await as(adminA).data<{
            caseload: Edges<{
              case: { id: string };
              nextDeadline: string | null;
              openRequestCount: number;
              overdueCount: number;
            }>;
          }>(CASELOAD)
        ).caseload.edges.find((e) => e.node.case.id === fresh.caseId)!.node;
      expect(await factsOf()).toMatchObject({
        nextDeadline: '2025-10-15T04:59:59.999Z',
        openRequestCount: 2,
        overdueCount: 1,
      });
      // A held meeting adds two overdue items, due later than the overdue request.
      const held = await schedule({ caseId: fresh.caseId, startsAt: PAST_MONDAY, kind: 'IEP' });
      await schedule({ caseId: fresh.caseId, startsAt: FUTURE_MONDAY, kind: 'IEP' });
      expect(await factsOf()).toMatchObject({
        nextDeadline: '2025-10-15T04:59:59.999Z',
        openRequestCount: 2,
        overdueCount: 3,
      });
      await as(adminA).data(COMPLETE, {
        id: taskOf(held, 'CONCERNS_BEFORE').id,
        input: { doneOn: '2025-11-24' },
      });
      expect((await factsOf()).overdueCount).toBe(2);
      // Archived (cancelled) meetings leave the caseload.
      await as(adminA).data(ARCHIVE, { id: held.id });
      expect((await factsOf()).overdueCount).toBe(1);

      // A case with only a meeting: its earliest open item is the next deadline.
      const onlyMeeting = await seedCase(adminA, 'OnlyMeeting', ids['districtA']);
      await schedule({ caseId: onlyMeeting.caseId, startsAt: FUTURE_MONDAY, kind: 'IEP' });
      const facts = (
        await as(adminA).data<{
          caseload: Edges<{
            case: { id: string };
            nextDeadline: string | null;
            openRequestCount: number;
            overdueCount: number;
          }>;
        }>(CASELOAD)
      ).caseload.edges.find((e) => e.node.case.id === onlyMeeting.caseId)!.node;
      expect(facts).toMatchObject({
        nextDeadline: endOfChicagoDay('2030-11-26'),
        openRequestCount: 0,
        overdueCount: 0,
      });
    });

    it('shows the meeting on the case timeline at its start, shared with the family', async () => {
      const { caseTimeline } = await as(analystA).data<{
        caseTimeline: Edges<{
          id: string;
          kind: string;
          occurredAt: string;
          title: string;
          detail: string | null;
          entityType: string;
          entityId: string;
          sharedWithFamily: boolean;
        }>;
      }>(TIMELINE, { caseId: ids['caseA'] });
      const meetings = caseTimeline.edges.map((e) => e.node).filter((e) => e.kind === 'MEETING');
      expect(meetings).toEqual([
        {
          id: `MEETING:${past.id}`,
          kind: 'MEETING',
          occurredAt: PAST_MONDAY,
          title: 'Section 504 meeting',
          detail: null,
          entityType: 'Meeting',
          entityId: past.id,
          sharedWithFamily: true,
        },
        expect.objectContaining({
          id: `MEETING:${future.id}`,
          occurredAt: FUTURE_MONDAY,
          title: 'Reintegration planning meeting at Library',
          detail: 'Bring the attendance log',
        }),
      ]);
    });

    it('lists by start, pages, filters by time; archive hides, includeArchived shows, restore', async () => {
      const list = async (filter: Record<string, unknown>, first = 20, after?: string) =>
        (
          await as(analystA).data<{ meetings: Edges<{ id: string; archivedAt: string | null }> }>(
            MEETINGS,
            { filter, first, after },
          )
        ).meetings;
      const all = await list({ caseId: ids['caseA'] });
      expect(all.edges.map((e) => e.node.id)).toEqual([past.id, future.id]);
      const first = await list({ caseId: ids['caseA'] }, 1);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await list({ caseId: ids['caseA'] }, 1, first.pageInfo.endCursor!);
      expect(second.edges.map((e) => e.node.id)).toEqual([future.id]);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect(
        (await list({ caseId: ids['caseA'], from: '2026-01-01T00:00:00Z' })).edges.map(
          (e) => e.node.id,
        ),
      ).toEqual([future.id]);
      expect(
        (await list({ caseId: ids['caseA'], to: '2026-01-01T00:00:00Z' })).edges.map(
          (e) => e.node.id,
        ),
      ).toEqual([past.id]);

      expect(
        (await as(advocateA).data<{ archiveMeeting: Meeting }>(ARCHIVE, { id: past.id }))
          .archiveMeeting.archivedAt,
      ).not.toBeNull();
      expect((await list({ caseId: ids['caseA'] })).edges.map((e) => e.node.id)).toEqual([
        future.id,
      ]);
      expect((await list({ caseId: ids['caseA'], includeArchived: true })).edges).toHaveLength(2);
      const tasks = await as(adminA).data<{ meetingTasks: Edges<Task> }>(TASKS, {
        filter: { caseId: ids['caseA'] },
      });
      expect(tasks.meetingTasks.edges.map((e) => e.node.meetingId)).toEqual([future.id, future.id]);
      await as(advocateA).data(RESTORE, { id: past.id });
      expect((await list({ caseId: ids['caseA'] })).edges).toHaveLength(2);
    });

    it('deletes a meeting with its items (admins only)', async () => {
      const mistake = await schedule({
        caseId: ids['caseA2'],
        startsAt: FUTURE_MONDAY,
        kind: 'OTHER',
        attendees: [{ name: 'X' }],
      });
      expect((await as(advocateA).errorOf(DELETE, { id: mistake.id })).code).toBe('FORBIDDEN');
      await as(adminA).data(DELETE, { id: mistake.id });
      expect((await as(adminA).errorOf(MEETING, { id: mistake.id })).code).toBe('NOT_FOUND');
      expect((await as(adminA).errorOf(TASK, { id: mistake.tasks[0]!.id })).code).toBe('NOT_FOUND');
    });

    it('gives the due dates of the settings in force when a meeting is scheduled', async () => {
      await as(adminA).data(UPDATE_SETTINGS, {
        input: { meetingConcernsDaysBefore: 5, meetingSummaryDaysAfter: 0 },
      });
      const later = await schedule({ caseId: ids['caseA2'], startsAt: FUTURE_MONDAY, kind: 'IEP' });
      // 5 Texas business days before Monday 2 Dec 2030: 27, 26, 25, 22, 21 November.
      expect(later.tasks.map((t) => t.dueOn)).toEqual(['2030-11-21', '2030-12-02']);
      // Meetings scheduled before keep theirs.
      const { meeting } = await as(adminA).data<{ meeting: Meeting }>(MEETING, { id: future.id });
      expect(meeting.tasks.map((t) => t.dueOn)).toEqual(['2030-11-26', '2030-12-04']);
      await as(adminA).data(UPDATE_SETTINGS, {
        input: { meetingConcernsDaysBefore: 2, meetingSummaryDaysAfter: 2 },
      });
    });

    it('refuses bad input with the field', async () => {
      const base = { caseId: ids['caseA'], startsAt: FUTURE_MONDAY, kind: 'IEP' };
      const attendees = await as(adminA).errorOf(SCHEDULE, {
        input: {
          ...base,
          attendees: [
            { role: 'parent' },
            { name: '   ' },
            { contactId: ids['archivedContactA'] },
            { contactId: 'not-an-id' },
            { memberId: ids['memberB'] },
          ],
        },
      });
      expect(attendees.code).toBe('BAD_USER_INPUT');
      expect(attendees.fields).toEqual([
        { field: 'attendees.0.name', message: expect.stringMatching(/needs a name/) },
        { field: 'attendees.1.name', message: expect.stringMatching(/needs a name/) },
        { field: 'attendees.2.contactId', message: expect.stringMatching(/archived/) },
        { field: 'attendees.3.contactId', message: expect.stringMatching(/no school contact/) },
        { field: 'attendees.4.memberId', message: expect.stringMatching(/no member/) },
      ]);
      const kind = await as(adminA).errorOf(SCHEDULE, {
        input: { ...base, location: 'x'.repeat(501) },
      });
      expect(kind.fields).toEqual([{ field: 'location', message: expect.any(String) }]);
      const noCase = await as(adminA).errorOf(SCHEDULE, { input: { ...base, caseId: 'nope' } });
      expect(noCase.fields).toEqual([
        { field: 'caseId', message: expect.stringMatching(/no case/) },
      ]);
      const updateAttendees = await as(adminA).errorOf(UPDATE, {
        id: future.id,
        input: { attendees: [{ name: 'ok' }, {}] },
      });
      expect(updateAttendees.fields).toEqual([
        { field: 'attendees.1.name', message: expect.any(String) },
      ]);
    });

    it('refuses writes to an analyst', async () => {
      const task = taskOf(future, 'SUMMARY_AFTER');
      const writes: Array<[string, Record<string, unknown>]> = [
        [SCHEDULE, { input: { caseId: ids['caseA'], startsAt: FUTURE_MONDAY, kind: 'IEP' } }],
        [RESCHEDULE, { id: future.id, startsAt: FUTURE_MONDAY }],
        [UPDATE, { id: future.id, input: { notes: 'x' } }],
        [ARCHIVE, { id: future.id }],
        [RESTORE, { id: future.id }],
        [DELETE, { id: future.id }],
        [COMPLETE, { id: task.id, input: { doneOn: '2025-11-24' } }],
        [REOPEN, { id: task.id }],
      ];
      for (const [query, variables] of writes)
        expect((await as(analystA).errorOf(query, variables)).code).toBe('FORBIDDEN');
      // Reads are fine.
      expect(
        (await as(analystA).data<{ meeting: Meeting }>(MEETING, { id: future.id })).meeting.id,
      ).toBe(future.id);
      expect(
        (await as(analystA).data<{ meetingTask: Task }>(TASK, { id: task.id })).meetingTask.id,
      ).toBe(task.id);
    });

    it("does not let another organization see, change or refer to A's records", async () => {
      const task = taskOf(future, 'SUMMARY_AFTER');
      const refusals: Array<[string, Record<string, unknown>]> = [
        [MEETING, { id: future.id }],
        [RESCHEDULE, { id: future.id, startsAt: FUTURE_MONDAY }],
        [UPDATE, { id: future.id, input: { notes: 'x' } }],
        [ARCHIVE, { id: future.id }],
        [RESTORE, { id: future.id }],
        [DELETE, { id: future.id }],
        [TASK, { id: task.id }],
        [COMPLETE, { id: task.id, input: { doneOn: '2025-11-24' } }],
        [REOPEN, { id: task.id }],
      ];
      for (const [query, variables] of refusals)
        expect((await as(adminB).errorOf(query, variables)).code).toBe('NOT_FOUND');
      const listed = await as(adminB).data<{ meetings: Edges<{ id: string }> }>(MEETINGS, {
        filter: { caseId: ids['caseA'], includeArchived: true },
      });
      expect(listed.meetings.edges).toEqual([]);
      const tasks = await as(adminB).data<{ meetingTasks: Edges<Task> }>(TASKS, { filter: {} });
      expect(tasks.meetingTasks.edges).toEqual([]);

      // A's case, contact and member in B's input.
      const caseRefused = await as(adminB).errorOf(SCHEDULE, {
        input: { caseId: ids['caseA'], startsAt: FUTURE_MONDAY, kind: 'IEP' },
      });
      expect(caseRefused.code).toBe('BAD_USER_INPUT');
      expect(caseRefused.fields).toEqual([{ field: 'caseId', message: expect.any(String) }]);
      const people = await as(adminB).errorOf(SCHEDULE, {
        input: {
          caseId: ids['caseB'],
          startsAt: FUTURE_MONDAY,
          kind: 'IEP',
          attendees: [{ contactId: ids['contactA'] }, { memberId: ids['memberA'] }],
        },
      });
      expect(people.fields).toEqual([
        { field: 'attendees.0.contactId', message: expect.any(String) },
        { field: 'attendees.1.memberId', message: expect.any(String) },
      ]);
      // A's written request to B's task.
      const own = await schedule(
        { caseId: ids['caseB'], startsAt: FUTURE_MONDAY, kind: 'IEP' },
        adminB,
      );
      const requestA = await writtenRequest(
        ids['orgA']!,
        ids['caseA']!,
        '2030-01-01T05:59:59.999Z',
      );
      const request = await as(adminB).errorOf(COMPLETE, {
        id: own.tasks[0]!.id,
        input: { doneOn: '2025-11-24', requestId: requestA },
      });
      expect(request.code).toBe('BAD_USER_INPUT');
      expect(request.fields).toEqual([
        { field: 'requestId', message: expect.stringMatching(/no written request/) },
      ]);
    });
  });

  it('records every kind of meeting funders count apart, kept as it was given', async () => {
    const { caseId } = await seedCase(adminA, 'Kinds');
    const kinds = [
      'IFSP',
      'ELIGIBILITY',
      'FACILITATED_IEP',
      'MANIFESTATION_DETERMINATION',
      'RESOLUTION_SESSION',
      'MEDIATION',
      'DUE_PROCESS_HEARING',
      'ATTENDANCE_REVIEW',
    ];
    const held: string[] = [];
    for (const kind of kinds)
      held.push((await schedule({ caseId, startsAt: PAST_MONDAY, kind })).kind);
    expect(held).toEqual(kinds);
    const refused = await as(adminA).errorOf(SCHEDULE, {
      input: { caseId, startsAt: PAST_MONDAY, kind: 'BAKE_SALE' },
    });
    expect(refused.code).toBe('BAD_USER_INPUT');
  });
});
