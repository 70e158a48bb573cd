import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestApp,
  type TestApp,
  type TestEnvironment,
} from '@onrecord/platform/testing';
// The organization the follow-up tests build (school, chain, family, case), through GraphQL.
import {
  dayOffset,
  followUpOrganization,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { PORTAL_API } from './testing/portal-api';

/**
 * The family portal's letters and attendance pattern over HTTP: a guardian reads the letters
 * sent for the family, word for word, with the school's answers and who gave them (no staff
 * addresses), never a draft; sees the advocate's attendance summary of their own student as
 * counts; another family's or organization's request or student is not found.
 */
const REQUEST = `query ($id: ID!) {
  portalRequest(id: $id) {
    id caseId type subject status sentOn overdue
    deadline { dueOn citation statutory setByHand }
    letter { subject body sentOn channel to { name role title } }
    responses { receivedOn outcome summary partial respondedBy { name role title } }
  }
}`;
const CASE_LETTERS = `query ($id: ID!) {
  portalCase(id: $id) { requests { id letter { subject body to { name } } } }
}`;
const SUMMARY = `query ($student: ID!, $from: String!, $to: String!) {
  portalAttendanceSummary(studentId: $student, from: $from, to: $to) {
    studentId from to
    overall { enteredDays missedDays partialDays rate }
    weeks { weekStart enteredDays missedDays partialDays rate }
    weekdays { weekday enteredDays missedDays partialDays rate }
    topTriggers { label days }
  }
}`;
const ADVOCATE_SUMMARY = `query ($student: ID!, $from: String!, $to: String!) {
  attendanceSummary(studentId: $student, from: $from, to: $to) {
    overall { enteredDays rate missedDays partialDays }
    weekdays { weekday enteredDays rate missedDays partialDays }
  }
}`;
const RECORD_DAY = `mutation ($input: PortalRecordAttendanceInput!) {
  recordPortalAttendance(input: $input) { id }
}`;
const ADVOCATE_DAY = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`;

interface ShownRequest {
  id: string;
  caseId: string;
  deadline: { dueOn: string | null } | null;
  letter: {
    subject: string;
    body: string;
    sentOn: string;
    channel: string;
    to: Array<{ name: string; role: string; title: string | null }>;
  };
  responses: Array<{
    summary: string;
    respondedBy: { name: string; role: string } | null;
  }>;
}

interface Family {
  studentId: string;
  caseId: string;
  guardianId: string;
}

const LONG_ANSWER = [
  'Dear Ms. Parent,',
  '',
  'Thank you for your letter. Before we can consider an evaluation we need four weeks of',
  'attendance data and work samples from every teacher. We will meet again after that.',
  '',
  'Sincerely, the principal',
].join('\n');

describe('the family portal: letters in full and the attendance pattern', () => {
  const sink = new SmtpSink();
  let api: TestApp;
  let environment: TestEnvironment;
  let anonymous: ApiClient;
  let org: FollowUpOrganization;
  let other: FollowUpOrganization;
  let own: Family;
  let neighbour: Family;
  let otherFamily: Family;
  let portal: ApiClient;
  let answeredId: string;
  let draftId: string;
  let neighbourRequestId: string;
  let otherRequestId: string;

  /** A family's student and case, and its first guardian, as the advocate sees them. */
  async function familyOf(o: FollowUpOrganization, caseId = o.caseId): Promise<Family> {
    const { case: found } = await o.client.data<{
      case: { family: { guardians: Array<{ id: string }> }; student: { id: string } };
    }>('query ($id: ID!) { case(id: $id) { family { guardians { id } } student { id } } }', {
      id: caseId,
    });
    return { studentId: found.student.id, caseId, guardianId: found.family.guardians[0]!.id };
  }

  /** A second family in the organization, with its own case. */
  async function addFamily(o: FollowUpOrganization, label: string): Promise<Family> {
    const { createFamily } = await o.client.data<{
      createFamily: { id: string; students: Array<{ id: string }> };
    }>(
      `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id students { id } } }`,
      {
        input: {
          householdName: `${label} household`,
          guardians: [{ name: `${label} Parent`, relationship: 'father' }],
          students: [{ name: `${label} Student`, grade: '3', plan: 'NONE' }],
        },
      },
    );
    const { openCase } = await o.client.data<{ openCase: { id: string } }>(
      'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
      {
        input: {
          familyId: createFamily.id,
          studentId: createFamily.students[0]!.id,
          title: `${label} case`,
          concerns: ['EVALUATION'],
          status: 'ACTIVE',
          openedOn: dayOffset(-60),
        },
      },
    );
    return familyOf(o, openCase.id);
  }

  async function signIn(email: string): Promise<ApiClient> {
    const before = sink.received.length;
    await anonymous.data('mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }', {
      e: email,
    });
    // The invitation may arrive late too: wait for the mail with the link.
    const deadline = Date.now() + 15_000;
    let token: string | undefined;
    while (!token) {
      if (Date.now() > deadline) throw new Error(`no sign-in link reached ${email}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      token = sink.received
        .slice(before)
        .filter((m) => m.envelopeTo.includes(email))
        .map((m) => /token=(orl_[A-Za-z0-9_-]+)/.exec(m.parsed.text ?? '')?.[1])
        .find(Boolean);
    }
    const { signInToPortal } = await anonymous.data<{ signInToPortal: { token: string } }>(
      'mutation ($t: String!) { signInToPortal(token: $t) { token } }',
      { t: token },
    );
    return anonymous.as(signInToPortal.token);
  }

  beforeAll(async () => {
    await sink.start();
    api = await createTestApp(PORTAL_API, { env: { SMTP_URL: sink.url } });
    ({ environment, anonymous } = api);
    org = await followUpOrganization(api.url, environment.db.adminUrl, 'letters-a');
    other = await followUpOrganization(api.url, environment.db.adminUrl, 'letters-b');
    own = await familyOf(org);
    neighbour = await addFamily(org, 'Neighbour');
    otherFamily = await familyOf(other);

    answeredId = await sendRequest(org, 12, { subject: 'Request for a full evaluation' });
    await org.client.data(
      `mutation ($id: ID!, $input: SchoolResponseInput!) { recordSchoolResponse(requestId: $id, input: $input) { id } }`,
      {
        id: answeredId,
        input: {
          receivedOn: dayOffset(-2),
          channel: 'EMAIL',
          outcome: 'DEFERRED_NEEDS_DATA',
          reasons: ['LACK_OF_DATA'],
          respondedByContactId: org.contactId,
          summary: LONG_ANSWER,
          commitments: [
            {
              description: 'Collect attendance data for four weeks',
              dueOn: dayOffset(26),
              dataWhat: 'Daily attendance and work samples',
              dataHow: 'Each teacher fills a form',
              meanwhile: 'A late start is allowed',
            },
          ],
        },
      },
    );
    const { createWrittenRequest } = await org.client.data<{
      createWrittenRequest: { id: string };
    }>(
      `mutation ($input: CreateWrittenRequestInput!) { createWrittenRequest(input: $input) { id } }`,
      {
        input: {
          caseId: org.caseId,
          type: 'FBA',
          trigger: 'WRITTEN_REQUEST_RECEIVED',
          subject: 'Draft FBA letter (not sent)',
          body: 'Draft words the family must not see yet.',
          recipientIds: [org.contactId],
        },
      },
    );
    draftId = createWrittenRequest.id;
    neighbourRequestId = await sendRequest({ ...org, caseId: neighbour.caseId }, 5, {
      subject: 'Neighbour letter',
    });
    otherRequestId = await sendRequest(other, 5, { subject: 'Elsewhere letter' });

    await org.client.data(
      'mutation ($id: ID!) { inviteGuardianToPortal(guardianId: $id) { active } }',
      { id: own.guardianId },
    );
    portal = await signIn(org.guardianEmail);
  }, 90_000);

  afterAll(async () => {
    await api?.close();
    await sink.stop();
  });

  describe('letters', () => {
    it('shows a sent letter word for word, to whom, and the school’s answer in full with who gave it', async () => {
      const { portalRequest } = await portal.data<{ portalRequest: ShownRequest }>(REQUEST, {
        id: answeredId,
      });
      expect(portalRequest).toMatchObject({
        id: answeredId,
        caseId: org.caseId,
        letter: {
          subject: 'Request for a full evaluation',
          body: 'Please evaluate Sam in all areas of suspected disability. Please reply in writing.',
          sentOn: dayOffset(-12),
          channel: 'EMAIL',
          to: [{ name: 'Pat Principal letters-a', role: 'PRINCIPAL', title: null }],
        },
        responses: [
          {
            summary: LONG_ANSWER,
            respondedBy: { name: 'Pat Principal letters-a', role: 'PRINCIPAL' },
          },
        ],
      });
      // The same deadline the case page shows.
      const { portalCase } = await portal.data<{
        portalCase: { requests: Array<{ id: string; deadline: { dueOn: string } | null }> };
      }>(
        'query ($id: ID!) { portalCase(id: $id) { requests { id deadline { dueOn citation statutory setByHand } } } }',
        {
          id: org.caseId,
        },
      );
      expect(portalRequest.deadline?.dueOn).toBeTruthy();
      expect(portalCase.requests.find((r) => r.id === answeredId)?.deadline).toEqual(
        portalRequest.deadline,
      );
      // The school's addresses are not the family's to read here.
      expect(JSON.stringify(portalRequest)).not.toContain('@');
    });

    it('reads the letters of a whole case at once, drafts left out', async () => {
      const { portalCase } = await portal.data<{
        portalCase: { requests: Array<{ id: string; letter: { subject: string } }> };
      }>(CASE_LETTERS, { id: org.caseId });
      expect(portalCase.requests.map((r) => r.letter.subject)).toEqual([
        'Request for a full evaluation',
      ]);
      expect(JSON.stringify(portalCase)).not.toContain('Draft');
    });

    it('answers NOT_FOUND, in the same words, for a draft, another family’s, another organization’s and a junk id', async () => {
      const errors: Array<{ code?: string; message: string }> = [];
      for (const id of [
        draftId,
        neighbourRequestId,
        otherRequestId,
        '00000000-0000-4000-8000-000000000000',
        'not-a-uuid',
      ])
        errors.push(await portal.errorOf(REQUEST, { id }));
      expect(errors).toEqual(
        errors.map(() =>
          expect.objectContaining({ code: 'NOT_FOUND', message: errors[0]!.message }),
        ),
      );
      // An archived request is gone from the portal too.
      const archived = await sendRequest(org, 3, { subject: 'Sent by mistake' });
      await org.client.data('mutation ($id: ID!) { archiveWrittenRequest(id: $id) { id } }', {
        id: archived,
      });
      expect((await portal.errorOf(REQUEST, { id: archived })).code).toBe('NOT_FOUND');
    });
  });

  describe('the attendance pattern', () => {
    /** The ISO weekday `weekday` (0 Monday … 4 Friday) of the week `weeksAgo` weeks back. */
    const dayOf = (weeksAgo: number, weekday: number): string => {
      const today = dayOffset(0);
      const isoToday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
      return dayOffset(-isoToday - 7 * weeksAgo + weekday);
    };
    const from = () => dayOf(4, 0);
    const to = () => dayOffset(0);

    beforeAll(async () => {
      // Four weeks: every Monday missed (mornings), Tuesdays at school, Wednesdays in part
      // (a loud noise twice). Two Mondays logged by the family, the rest by the advocate.
      for (let week = 1; week <= 4; week++) {
        const monday = {
          studentId: own.studentId,
          date: dayOf(week, 0),
          status: 'ABSENT',
          triggers: ['Morning transition'],
        };
        if (week <= 2) await portal.data(RECORD_DAY, { input: monday });
        else await org.client.data(ADVOCATE_DAY, { input: monday });
        await org.client.data(ADVOCATE_DAY, {
          input: { studentId: own.studentId, date: dayOf(week, 1), status: 'FULL' },
        });
        await org.client.data(ADVOCATE_DAY, {
          input: {
            studentId: own.studentId,
            date: dayOf(week, 2),
            status: 'PARTIAL',
            periodsMissed: [1, 2],
            triggers: week <= 2 ? ['Loud noise'] : [],
          },
        });
      }
      // Before the range: not counted.
      await org.client.data(ADVOCATE_DAY, {
        input: { studentId: own.studentId, date: dayOf(6, 3), status: 'ABSENT' },
      });
    });

    it('counts the family’s student’s days as the advocate’s summary does', async () => {
      const { portalAttendanceSummary: s } = await portal.data<{
        portalAttendanceSummary: {
          studentId: string;
          overall: Record<string, number>;
          weeks: Array<{ weekStart: string; enteredDays: number; missedDays: number }>;
          weekdays: Array<{
            weekday: string;
            enteredDays: number;
            missedDays: number;
            partialDays: number;
          }>;
          topTriggers: Array<{ label: string; days: number }>;
        };
      }>(SUMMARY, { student: own.studentId, from: from(), to: to() });
      expect(s.studentId).toBe(own.studentId);
      expect(s.overall).toMatchObject({ enteredDays: 12, missedDays: 4, partialDays: 4 });
      expect(s.weeks.map((w) => [w.weekStart, w.enteredDays, w.missedDays])).toEqual(
        [4, 3, 2, 1].map((week) => [dayOf(week, 0), 3, 1]),
      );
      expect(
        s.weekdays.map((w) => [w.weekday, w.enteredDays, w.missedDays, w.partialDays]),
      ).toEqual([
        ['MONDAY', 4, 4, 0],
        ['TUESDAY', 4, 0, 0],
        ['WEDNESDAY', 4, 0, 4],
        ['THURSDAY', 0, 0, 0],
        ['FRIDAY', 0, 0, 0],
      ]);
      expect(s.topTriggers).toEqual([
        { label: 'Morning transition', days: 4 },
        { label: 'Loud noise', days: 2 },
      ]);
      const { attendanceSummary } = await org.client.data<{
        attendanceSummary: { overall: Record<string, number>; weekdays: unknown[] };
      }>(ADVOCATE_SUMMARY, { student: own.studentId, from: from(), to: to() });
      expect(attendanceSummary.overall).toEqual(s.overall);
      expect(attendanceSummary.weekdays).toEqual(s.weekdays);
    });

    it('answers NOT_FOUND for another family’s or organization’s student, and names `to` for a bad range', async () => {
      const codes = [];
      for (const student of [neighbour.studentId, otherFamily.studentId, 'not-a-uuid'])
        codes.push((await portal.errorOf(SUMMARY, { student, from: from(), to: to() })).code);
      expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
      const backwards = await portal.errorOf(SUMMARY, {
        student: own.studentId,
        from: to(),
        to: from(),
      });
      expect(backwards).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] });
      const tooLong = await portal.errorOf(SUMMARY, {
        student: own.studentId,
        from: dayOffset(-500),
        to: to(),
      });
      expect(tooLong).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'to' }] });
    });

    it('is empty, not an error, for weeks with nothing logged', async () => {
      const { portalAttendanceSummary: s } = await portal.data<{
        portalAttendanceSummary: { overall: { enteredDays: number; rate: number | null } };
      }>(SUMMARY, { student: own.studentId, from: dayOffset(-200), to: dayOffset(-150) });
      expect(s.overall).toEqual({ enteredDays: 0, missedDays: 0, partialDays: 0, rate: null });
    });
  });
});
