// The whole api: its last tests try every operation of schema.graphql with a portal session.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  createTestEnvironment,
  startTestApi,
  type TestEnvironment,
} from '@onrecord/platform/testing';
// The organization the follow-up tests build (school, chain, family, case), through GraphQL.
import {
  dayOffset,
  followUpOrganization,
  followUpsOf,
  sendRequest,
  type FollowUpOrganization,
} from '@onrecord/test-fixtures';
import { PORTAL_LINKS_PER_EMAIL } from '@onrecord/portal';
import { AppModule } from './app.module';

/**
 * The family portal over HTTP: advocates invite guardians; guardians sign in by magic link
 * (single use, 15 minutes, stored hashed, throttled, the same answer for any address), see
 * their own families' cases and nothing else, record attendance and choose their emails;
 * the portal session reaches no other operation, and other families' ids are not found.
 */
const REQUEST_LINK =
  'mutation ($email: String!) { requestPortalSignIn(email: $email) { message } }';
const SIGN_IN = `mutation ($token: String!, $org: ID) {
  signInToPortal(token: $token, organizationId: $org) {
    token expiresAt organization { id name } organizations { id name }
  }
}`;
const INVITE = `mutation ($id: ID!) {
  inviteGuardianToPortal(guardianId: $id) { guardianId email active invitedAt revokedAt }
}`;
const REVOKE = 'mutation ($id: ID!) { revokeGuardianPortalAccess(guardianId: $id) { active } }';
const CASE_FIELDS = `id familyId title status openedOn student { id name schoolName }
  advocates { name email }
  requests { id type subject status overdue sentOn followUpsSent
    deadline { dueOn citation rule statutory setByHand }
    responses { receivedOn outcome summary reasons } }
  commitments { id description dueOn status }
  meetings { id kind startsAt location }
  nextSteps { kind on description requestId commitmentId meetingId }
  sharedNotes { body }`;
const PORTAL_CASES = `{ portalCases { ${CASE_FIELDS} } }`;
const PORTAL_CASE = `query ($id: ID!) { portalCase(id: $id) { ${CASE_FIELDS} } }`;
const PORTAL_ME = `{ portalMe { email organization { id name }
  guardians { id familyId name preferredLanguage notifySchoolAnswered notifyRequestOverdue notifyFollowUpSent }
  families { id householdName students { id name } } } }`;
const RECORD_DAY = `mutation ($input: PortalRecordAttendanceInput!) {
  recordPortalAttendance(input: $input) { id date status triggers notes recordedByFamily }
}`;
const DAYS = `query ($student: ID!, $from: String!, $to: String!) {
  portalAttendanceEntries(studentId: $student, from: $from, to: $to) { id date recordedByFamily }
}`;
const SUPPORTS = `query ($student: ID!) {
  portalSupports(studentId: $student) { id name startedOn endedOn }
}`;
const ADD_SUPPORT = `mutation ($student: ID!, $input: SupportInput!) {
  addSupport(studentId: $student, input: $input) { id }
}`;
const PREFERENCES = `mutation ($input: GuardianPreferencesInput!) {
  updatePortalPreferences(input: $input) { id preferredLanguage notifyFollowUpSent notifyRequestOverdue }
}`;

/** The parts of a PortalCase the test reads. */
interface ShownCase {
  id: string;
  status: string;
  advocates: unknown[];
  requests: Array<{ id: string }>;
  commitments: unknown[];
  meetings: unknown[];
  nextSteps: Array<{ kind: string }>;
  sharedNotes: unknown[];
}

interface Family {
  familyId: string;
  guardianId: string;
  studentId: string;
  caseId: string;
}

describe('the family portal over HTTP', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let app: INestApplication;
  let anonymous: ApiClient;
  /** Organization A: a family whose guardian uses the portal, and a second family. */
  let org: FollowUpOrganization;
  let own: Family;
  let neighbour: Family;
  /** Organization B: a family with a guardian who has the same address as A's. */
  let other: FollowUpOrganization;
  let otherFamily: Family;
  let portal: ApiClient;

  const owner = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    superuserQuery<T>(environment.db.adminUrl, sql, params);

  /** The mails to `email` so far. */
  const mailsTo = (email: string) =>
    sink.received.filter((mail) => mail.envelopeTo.includes(email.toLowerCase()));

  /** Asks for a link for `email` and reads its token from the email that arrives. */
  async function linkFor(email: string): Promise<string> {
    const before = mailsTo(email).length;
    await anonymous.data(REQUEST_LINK, { email });
    const deadline = Date.now() + 10_000;
    while (mailsTo(email).length <= before) {
      if (Date.now() > deadline) throw new Error(`no sign-in link reached ${email}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const text = mailsTo(email)[before]!.parsed.text ?? '';
    return /token=(orl_[A-Za-z0-9_-]+)/.exec(text)![1]!;
  }

  async function signIn(email: string, organizationId?: string) {
    const token = await linkFor(email);
    const { signInToPortal } = await anonymous.data<{
      signInToPortal: {
        token: string;
        organization: { id: string };
        organizations: Array<{ id: string; name: string }>;
      };
    }>(SIGN_IN, { token, org: organizationId });
    return signInToPortal;
  }

  /** A second family in the organization: guardian (with `email`), student, case. */
  async function addFamily(client: ApiClient, label: string, email: string): Promise<Family> {
    const { createFamily } = await client.data<{
      createFamily: {
        id: string;
        guardians: Array<{ id: string }>;
        students: Array<{ id: string }>;
      };
    }>(
      `mutation ($input: CreateFamilyInput!) {
        createFamily(input: $input) { id guardians { id } students { id } }
      }`,
      {
        input: {
          householdName: `${label} household`,
          guardians: [{ name: `${label} Parent`, relationship: 'father', email }],
          students: [{ name: `${label} Student`, grade: '4', plan: 'NONE' }],
        },
      },
    );
    const { openCase } = await client.data<{ openCase: { id: string } }>(
      'mutation ($input: OpenCaseInput!) { openCase(input: $input) { id } }',
      {
        input: {
          familyId: createFamily.id,
          studentId: createFamily.students[0]!.id,
          title: `${label} case`,
          concerns: ['EVALUATION'],
          status: 'ACTIVE',
          openedOn: dayOffset(-30),
        },
      },
    );
    return {
      familyId: createFamily.id,
      guardianId: createFamily.guardians[0]!.id,
      studentId: createFamily.students[0]!.id,
      caseId: openCase.id,
    };
  }

  async function familyOf(o: FollowUpOrganization): Promise<Family> {
    const { case: found } = await o.client.data<{
      case: { family: { id: string; guardians: Array<{ id: string }> }; student: { id: string } };
    }>('query ($id: ID!) { case(id: $id) { family { id guardians { id } } student { id } } }', {
      id: o.caseId,
    });
    return {
      familyId: found.family.id,
      guardianId: found.family.guardians[0]!.id,
      studentId: found.student.id,
      caseId: o.caseId,
    };
  }

  beforeAll(async () => {
    await sink.start();
    environment = await createTestEnvironment('redis', { SMTP_URL: sink.url });
    const started = await startTestApi(AppModule.forRoot(environment.config));
    app = started.app;
    anonymous = new ApiClient(started.url);
    org = await followUpOrganization(started.url, environment.db.adminUrl, 'portal-a');
    own = await familyOf(org);
    neighbour = await addFamily(org.client, 'Neighbour', 'neighbour@family.example.org');
    other = await followUpOrganization(started.url, environment.db.adminUrl, 'portal-b');
    otherFamily = await addFamily(other.client, 'Elsewhere', org.guardianEmail);
    await org.client.data(INVITE, { id: own.guardianId });
    await org.client.data(INVITE, { id: neighbour.guardianId });
    await other.client.data(INVITE, { id: otherFamily.guardianId });
    const session = await signIn(org.guardianEmail, org.organizationId);
    portal = anonymous.as(session.token);
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
    await sink.stop();
  });

  describe('invitations', () => {
    it('emails the guardian how to sign in, and shows the access to the advocates', async () => {
      const invitation = mailsTo(org.guardianEmail)[0]!;
      expect(invitation.parsed.text).toContain('/portal');
      expect(invitation.parsed.text).toContain(org.guardianEmail);
      const { guardian } = await org.client.data<{
        guardian: {
          portalAccess: { active: boolean; email: string; lastSignedInAt: string | null };
        };
      }>(
        'query ($id: ID!) { guardian(id: $id) { portalAccess { active email lastSignedInAt } } }',
        {
          id: own.guardianId,
        },
      );
      expect(guardian.portalAccess).toMatchObject({ active: true, email: org.guardianEmail });
      expect(guardian.portalAccess.lastSignedInAt).not.toBeNull();
    });

    it('refuses a guardian without an email, and another organization’s guardian', async () => {
      const { addGuardian } = await org.client.data<{ addGuardian: { id: string } }>(
        `mutation ($family: ID!) {
          addGuardian(familyId: $family, input: { name: "No Mail", relationship: "aunt", phone: "+15125550100" }) { id }
        }`,
        { family: own.familyId },
      );
      const noEmail = await org.client.errorOf(INVITE, { id: addGuardian.id });
      expect(noEmail).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'guardianId', message: expect.stringContaining('no email') }],
      });
      expect(
        await owner('SELECT 1 FROM portal_access WHERE guardian_id = $1', [addGuardian.id]),
      ).toHaveLength(0);
      expect((await org.client.errorOf(INVITE, { id: otherFamily.guardianId })).code).toBe(
        'NOT_FOUND',
      );
      expect((await org.client.errorOf(REVOKE, { id: otherFamily.guardianId })).code).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('signing in by magic link', () => {
    it('answers the same for a known and an unknown address, and emails only the known', async () => {
      const known = await anonymous.data<{ requestPortalSignIn: { message: string } }>(
        REQUEST_LINK,
        { email: neighbourEmail() },
      );
      const unknown = await anonymous.data<{ requestPortalSignIn: { message: string } }>(
        REQUEST_LINK,
        { email: 'nobody@family.example.org' },
      );
      expect(unknown).toEqual(known);
      // The known one's email goes out after the answer; give the unknown one as long.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(mailsTo('nobody@family.example.org')).toHaveLength(0);
      expect(
        await owner("SELECT 1 FROM portal_sign_in_link WHERE email = 'nobody@family.example.org'"),
      ).toHaveLength(0);
    });

    it('keeps only a hash of the link, which works once and for 15 minutes at most', async () => {
      const token = await linkFor(org.guardianEmail);
      const [row] = await owner<{ token_hash: string; minutes: number }>(
        `SELECT token_hash, extract(epoch FROM expires_at - created_at) / 60 AS minutes
           FROM portal_sign_in_link ORDER BY created_at DESC LIMIT 1`,
      );
      expect(row!.token_hash).not.toContain(token);
      expect(Number(row!.minutes)).toBeLessThanOrEqual(15);
      expect(
        await owner(`SELECT 1 FROM portal_sign_in_link l WHERE l::text LIKE '%' || $1 || '%'`, [
          token.slice(4),
        ]),
      ).toHaveLength(0);
      await anonymous.data(SIGN_IN, { token });
      const again = await anonymous.errorOf(SIGN_IN, { token });
      expect(again).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'token', message: expect.stringContaining('already used') }],
      });
    });

    it('refuses an expired link, a made-up one and a malformed one, and starts no session', async () => {
      const token = await linkFor(neighbourEmail());
      await owner(
        `UPDATE portal_sign_in_link SET created_at = now() - interval '20 minutes',
                expires_at = now() - interval '5 minutes'
          WHERE email = $1 AND used_at IS NULL`,
        [neighbourEmail()],
      );
      const sessions = await owner('SELECT count(*)::int AS n FROM portal_session');
      const expired = await anonymous.errorOf(SIGN_IN, { token });
      expect(expired.fields).toEqual([
        { field: 'token', message: expect.stringContaining('has expired') },
      ]);
      const madeUp = await anonymous.errorOf(SIGN_IN, { token: `orl_${'x'.repeat(43)}` });
      expect(madeUp.fields).toEqual([
        { field: 'token', message: expect.stringContaining('not a sign-in link we sent') },
      ]);
      const malformed = await anonymous.errorOf(SIGN_IN, { token: 'hello' });
      expect(malformed.fields).toEqual([
        { field: 'token', message: expect.stringContaining('not a sign-in link token') },
      ]);
      expect(await owner('SELECT count(*)::int AS n FROM portal_session')).toEqual(sessions);
      const badEmail = await anonymous.errorOf(REQUEST_LINK, { email: 'not an email' });
      expect(badEmail.fields).toEqual([{ field: 'email', message: expect.any(String) }]);
    });

    it('throttles requests for links to one address', async () => {
      const email = 'flood@family.example.org';
      const codes: Array<string | undefined> = [];
      for (let i = 0; i <= PORTAL_LINKS_PER_EMAIL; i++)
        codes.push(
          (await anonymous.request(REQUEST_LINK, { email })).errors?.[0]?.extensions?.code,
        );
      expect(codes).toEqual([
        ...Array.from({ length: PORTAL_LINKS_PER_EMAIL }, () => undefined),
        'TOO_MANY_REQUESTS',
      ]);
    });

    it('lists every organization of the address, and switches between them', async () => {
      const session = await signIn(org.guardianEmail);
      expect(session.organizations.map((o) => o.id).sort()).toEqual(
        [org.organizationId, other.organizationId].sort(),
      );
      const client = anonymous.as(session.token);
      await client.data(
        'mutation ($id: ID!) { switchPortalOrganization(organizationId: $id) { id } }',
        {
          id: other.organizationId,
        },
      );
      const { portalCases } = await client.data<{ portalCases: Array<{ id: string }> }>(
        PORTAL_CASES,
      );
      expect(portalCases.map((c) => c.id)).toEqual([otherFamily.caseId]);
      const elsewhere = await client.errorOf(
        'mutation ($id: ID!) { switchPortalOrganization(organizationId: $id) { id } }',
        { id: '00000000-0000-4000-8000-000000000000' },
      );
      expect(elsewhere.code).toBe('NOT_FOUND');
      await client.data('mutation { signOutOfPortal }');
      expect((await client.errorOf(PORTAL_ME)).code).toBe('UNAUTHENTICATED');
    });

    it('audits sign-in and sign-out with the guardian as actor, shown on AuditEvent', async () => {
      const session = await signIn(org.guardianEmail, org.organizationId);
      await anonymous.as(session.token).data('mutation { signOutOfPortal }');
      const { auditEvents } = await org.client.data<{
        auditEvents: {
          edges: Array<{
            node: {
              action: string;
              actorUserId: string | null;
              actorGuardianId: string | null;
              entityType: string;
            };
          }>;
        };
      }>(
        `query ($guardian: ID!) { auditEvents(first: 100, filter: { actorGuardianId: $guardian }) {
          edges { node { action actorUserId actorGuardianId entityType } } } }`,
        { guardian: own.guardianId },
      );
      const actions = auditEvents.edges.map((e) => e.node);
      expect(actions.slice(0, 2)).toEqual([
        {
          action: 'signOutOfPortal',
          actorUserId: null,
          actorGuardianId: own.guardianId,
          entityType: 'PortalSession',
        },
        {
          action: 'signInToPortal',
          actorUserId: null,
          actorGuardianId: own.guardianId,
          entityType: 'PortalSession',
        },
      ]);
      // Only A's events: B's organization keeps its own (the address signed in there too).
      const { auditEvents: inB } = await other.client.data<{
        auditEvents: { edges: Array<{ node: { actorGuardianId: string | null } }> };
      }>(
        `query ($guardian: ID!) { auditEvents(first: 100, filter: { actorGuardianId: $guardian }) {
          edges { node { actorGuardianId } } } }`,
        { guardian: own.guardianId },
      );
      expect(inB.edges).toEqual([]);
    });
  });

  describe('what a guardian sees', () => {
    let answeredId: string;
    let draftId: string;

    beforeAll(async () => {
      answeredId = await sendRequest(org, 10, { subject: 'Records request (portal test)' });
      await org.client.data(
        `mutation ($id: ID!, $input: SchoolResponseInput!) { recordSchoolResponse(requestId: $id, input: $input) { id } }`,
        {
          id: answeredId,
          input: {
            receivedOn: dayOffset(-1),
            channel: 'EMAIL',
            outcome: 'DEFERRED_NEEDS_DATA',
            reasons: ['LACK_OF_DATA'],
            summary: 'The school wants four weeks of data first.',
            commitments: [
              {
                description: 'Collect attendance data for four weeks',
                dueOn: dayOffset(20),
                dataWhat: 'Daily attendance and what happened each morning',
                dataHow: 'The counselor fills a form each day',
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
            subject: 'Draft FBA letter (internal)',
            body: 'Not sent yet.',
            recipientIds: [org.contactId],
          },
        },
      );
      draftId = createWrittenRequest.id;
      for (const [body, visibility] of [
        ['Shared: we are waiting on the school.', 'SHARED_WITH_FAMILY'],
        ['Internal: the principal is stalling.', 'INTERNAL'],
      ])
        await org.client.data(
          'mutation ($id: ID!, $input: CaseNoteInput!) { addCaseNote(caseId: $id, input: $input) { id } }',
          { id: org.caseId, input: { body, visibility } },
        );
      await org.client.data(
        'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
        {
          input: {
            caseId: org.caseId,
            startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
            kind: 'IEP',
            location: 'Room 12',
            attendees: [],
          },
        },
      );
    });

    it('shows the case: status, requests with deadline and rule, answers, commitments, meetings, next steps, shared notes', async () => {
      const { portalCases } = await portal.data<{ portalCases: ShownCase[] }>(PORTAL_CASES);
      expect(portalCases.map((c) => c.id)).toEqual([org.caseId]);
      const shown = portalCases[0]!;
      expect(shown.status).toBe('ACTIVE');
      expect(shown.advocates).toEqual([{ name: expect.any(String), email: org.advocateEmail }]);
      const answered = shown.requests.find((r) => r.id === answeredId);
      expect(answered).toMatchObject({
        // "Four weeks of data first" is a stall, not an answer: the request is still owed.
        status: 'SENT',
        overdue: false,
        deadline: { statutory: true, setByHand: false, citation: expect.any(String) },
        responses: [
          {
            outcome: 'DEFERRED_NEEDS_DATA',
            summary: 'The school wants four weeks of data first.',
            reasons: ['LACK_OF_DATA'],
          },
        ],
      });
      expect(shown.requests.map((r: { id: string }) => r.id)).not.toContain(draftId);
      expect(shown.commitments).toEqual([
        expect.objectContaining({
          description: 'Collect attendance data for four weeks',
          status: 'OPEN',
        }),
      ]);
      expect(shown.meetings).toEqual([
        expect.objectContaining({ kind: 'IEP', location: 'Room 12' }),
      ]);
      expect(shown.nextSteps.map((s: { kind: string }) => s.kind)).toEqual(
        expect.arrayContaining(['COMMITMENT_DUE', 'MEETING']),
      );
      expect(shown.sharedNotes).toEqual([{ body: 'Shared: we are waiting on the school.' }]);
      const text = JSON.stringify(portalCases);
      expect(text).not.toContain('Internal: the principal is stalling.');
      expect(text).not.toContain('Draft FBA letter');
      expect(text).not.toContain('Neighbour');
    });

    it('shows who the guardian is here, and their family only', async () => {
      const { portalMe } = await portal.data<{
        portalMe: {
          email: string;
          organization: { id: string };
          guardians: Array<{ id: string }>;
          families: Array<{ id: string }>;
        };
      }>(PORTAL_ME);
      expect(portalMe.email).toBe(org.guardianEmail);
      expect(portalMe.organization.id).toBe(org.organizationId);
      expect(portalMe.guardians.map((g: { id: string }) => g.id)).toEqual([own.guardianId]);
      expect(portalMe.families.map((f: { id: string }) => f.id)).toEqual([own.familyId]);
    });

    it('answers NOT_FOUND for another family’s and another organization’s ids', async () => {
      const calls: Array<[string, Record<string, unknown>]> = [];
      for (const family of [neighbour, otherFamily]) {
        calls.push([PORTAL_CASE, { id: family.caseId }]);
        calls.push([DAYS, { student: family.studentId, from: dayOffset(-30), to: dayOffset(0) }]);
        calls.push([
          RECORD_DAY,
          { input: { studentId: family.studentId, date: dayOffset(-1), status: 'ABSENT' } },
        ]);
      }
      calls.push([PORTAL_CASE, { id: 'not-a-uuid' }]);
      const codes = [];
      for (const [query, variables] of calls)
        codes.push((await portal.errorOf(query, variables)).code);
      expect(codes).toEqual(calls.map(() => 'NOT_FOUND'));
      expect(
        await owner('SELECT 1 FROM attendance_entry WHERE student_id = ANY($1)', [
          [neighbour.studentId, otherFamily.studentId],
        ]),
      ).toHaveLength(0);
    });

    it('records a day as the guardian (attributed and audited), and leaves the advocate’s days alone', async () => {
      const [date, advocateDay] = [weekdayAgo(1), weekdayAgo(2)];
      const { recordPortalAttendance } = await portal.data<{
        recordPortalAttendance: { id: string; recordedByFamily: boolean; triggers: string[] };
      }>(RECORD_DAY, {
        input: {
          studentId: own.studentId,
          date,
          status: 'ABSENT',
          triggers: ['Morning transition'],
          notes: 'Could not get out of the car.',
        },
      });
      expect(recordPortalAttendance.recordedByFamily).toBe(true);
      const [entry] = await owner<{ recorded_by_guardian_id: string; recorded_by_user_id: string }>(
        'SELECT recorded_by_guardian_id, recorded_by_user_id FROM attendance_entry WHERE id = $1',
        [recordPortalAttendance.id],
      );
      expect(entry).toEqual({ recorded_by_guardian_id: own.guardianId, recorded_by_user_id: null });
      const audit = await owner<{
        actor_guardian_id: string;
        actor_user_id: string | null;
        action: string;
      }>(
        `SELECT actor_guardian_id, actor_user_id, action FROM audit_event
          WHERE entity_type = 'AttendanceEntry' AND entity_id = $1`,
        [recordPortalAttendance.id],
      );
      expect(audit).toEqual([
        {
          actor_guardian_id: own.guardianId,
          actor_user_id: null,
          action: 'recordPortalAttendance',
        },
      ]);
      // The advocate sees it, and who recorded it.
      const { attendanceEntry } = await org.client.data<{
        attendanceEntry: { recordedByGuardianId: string };
      }>('query ($id: ID!) { attendanceEntry(id: $id) { recordedByGuardianId } }', {
        id: recordPortalAttendance.id,
      });
      expect(attendanceEntry.recordedByGuardianId).toBe(own.guardianId);

      // A day the advocate recorded is theirs.
      await org.client.data(
        'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
        { input: { studentId: own.studentId, date: advocateDay, status: 'FULL' } },
      );
      const clash = await portal.errorOf(RECORD_DAY, {
        input: { studentId: own.studentId, date: advocateDay, status: 'ABSENT' },
      });
      expect(clash.code).toBe('CONFLICT');
      const [kept] = await owner<{ status: string }>(
        'SELECT status FROM attendance_entry WHERE student_id = $1 AND date = $2',
        [own.studentId, advocateDay],
      );
      expect(kept!.status).toBe('FULL');
      const future = await portal.errorOf(RECORD_DAY, {
        input: { studentId: own.studentId, date: dayOffset(3), status: 'ABSENT' },
      });
      expect(future).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'date', message: 'cannot be in the future' }],
      });
      const { portalAttendanceEntries } = await portal.data<{
        portalAttendanceEntries: Array<{ date: string; recordedByFamily: boolean }>;
      }>(DAYS, { student: own.studentId, from: dayOffset(-10), to: dayOffset(0) });
      expect(portalAttendanceEntries.map((e) => [e.date, e.recordedByFamily])).toEqual([
        [advocateDay, false],
        [date, true],
      ]);
    });
    it('lets the family say which of the student’s supports were in place, and no one else’s', async () => {
      const started = dayOffset(-60);
      const { addSupport: pass } = await org.client.data<{ addSupport: { id: string } }>(
        ADD_SUPPORT,
        { student: own.studentId, input: { name: 'Pass to a calm space', startedOn: started } },
      );
      const { addSupport: neighbours } = await org.client.data<{ addSupport: { id: string } }>(
        ADD_SUPPORT,
        { student: neighbour.studentId, input: { name: 'Late start', startedOn: started } },
      );
      const { portalSupports } = await portal.data<{ portalSupports: unknown[] }>(SUPPORTS, {
        student: own.studentId,
      });
      expect(portalSupports).toEqual([
        { id: pass.id, name: 'Pass to a calm space', startedOn: started, endedOn: null },
      ]);
      for (const family of [neighbour, otherFamily])
        expect((await portal.errorOf(SUPPORTS, { student: family.studentId })).code).toBe(
          'NOT_FOUND',
        );

      const date = weekdayAgo(3);
      const refused = await portal.errorOf(RECORD_DAY, {
        input: { studentId: own.studentId, date, status: 'FULL', supportIds: [neighbours.id] },
      });
      expect(refused).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'supportIds.0', message: 'names no support of this student' }],
      });
      expect(
        await owner('SELECT 1 FROM attendance_entry WHERE student_id = $1 AND date = $2', [
          own.studentId,
          date,
        ]),
      ).toHaveLength(0);
      const { recordPortalAttendance } = await portal.data<{
        recordPortalAttendance: { supportIds: string[] };
      }>(RECORD_DAY.replace('recordedByFamily }', 'recordedByFamily supportIds }'), {
        input: { studentId: own.studentId, date, status: 'FULL', supportIds: [pass.id] },
      });
      expect(recordPortalAttendance.supportIds).toEqual([pass.id]);
      const { portalAttendanceEntries } = await portal.data<{
        portalAttendanceEntries: Array<{ date: string; supportIds: string[] }>;
      }>(DAYS.replace('recordedByFamily }', 'recordedByFamily supportIds }'), {
        student: own.studentId,
        from: date,
        to: date,
      });
      expect(portalAttendanceEntries).toMatchObject([{ date, supportIds: [pass.id] }]);
    });
  });

  describe('notifications', () => {
    it('keeps the guardian’s choices, refuses a bad language, and plans their emails by them', async () => {
      const { updatePortalPreferences } = await portal.data<{
        updatePortalPreferences: Array<Record<string, unknown>>;
      }>(PREFERENCES, { input: { preferredLanguage: 'es', notifyFollowUpSent: false } });
      expect(updatePortalPreferences).toEqual([
        {
          id: own.guardianId,
          preferredLanguage: 'es',
          notifyFollowUpSent: false,
          notifyRequestOverdue: true,
        },
      ]);
      const bad = await portal.errorOf(PREFERENCES, { input: { preferredLanguage: '???' } });
      expect(bad).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(bad.fields)).toContain('preferredLanguage');
      // A well-formed tag OnRecord does not write in is refused too.
      const vietnamese = await portal.errorOf(PREFERENCES, { input: { preferredLanguage: 'vi' } });
      expect(vietnamese).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'preferredLanguage',
            message: 'must be one of en, es (the languages OnRecord writes in)',
          },
        ],
      });

      // Overdue yesterday: the family is told, in Spanish.
      const late = await sendRequest(org, 40, { dueOn: dayOffset(-1) });
      const rows = await followUpsOf(org, late);
      const notice = rows.find((r) => r.kind === 'GUARDIAN_OVERDUE');
      expect(notice).toMatchObject({ status: expect.stringMatching(/PLANNED|QUEUED/) });
      expect(notice!.recipients.map((r) => r.email)).toEqual([org.guardianEmail]);
      const { followUpPreview } = await org.client.data<{
        followUpPreview: { subject: string; text: string; to: string[] };
      }>('query ($id: ID!) { followUpPreview(id: $id) { subject text to } }', { id: notice!.id });
      expect(followUpPreview.text).toMatch(/escuela/);
      expect(followUpPreview.to).toEqual([org.guardianEmail]);

      // Answered: the overdue notice is no longer owed; the answer is news.
      await org.client.data(
        `mutation ($id: ID!, $input: SchoolResponseInput!) { recordSchoolResponse(requestId: $id, input: $input) { id } }`,
        {
          id: late,
          input: {
            receivedOn: dayOffset(0),
            channel: 'LETTER',
            outcome: 'GRANTED',
            summary: 'Evaluation consent form enclosed.',
          },
        },
      );
      const after = await followUpsOf(org, late);
      expect(after.find((r) => r.kind === 'GUARDIAN_OVERDUE')?.status).toBe('CANCELLED');
      const answered = after.find((r) => r.kind === 'GUARDIAN_ANSWERED');
      expect(answered?.recipients.map((r) => r.email)).toEqual([org.guardianEmail]);

      // A guardian who wants no "answered" emails gets none.
      await portal.data(PREFERENCES, { input: { notifySchoolAnswered: false } });
      const quiet = await sendRequest(org, 40, { dueOn: dayOffset(-1) });
      await org.client.data(
        `mutation ($id: ID!, $input: SchoolResponseInput!) { recordSchoolResponse(requestId: $id, input: $input) { id } }`,
        { id: quiet, input: { receivedOn: dayOffset(0), channel: 'EMAIL', outcome: 'DENIED' } },
      );
      expect((await followUpsOf(org, quiet)).map((r) => r.kind)).not.toContain('GUARDIAN_ANSWERED');
    });
  });

  describe('a portal session reaches the portal only', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '../schema.graphql'), 'utf8'));
    const rules = readFileSync(join(__dirname, '../access-rules.txt'), 'utf8');
    const portalOperations = new Set(
      rules
        .split('\n')
        .filter((line) => line.endsWith(': portal (guardians)'))
        .map((line) => line.split(':')[0]!),
    );
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
      Object.values(root.getFields()).map((field) => ({ root: root.name, field })),
    );

    it('is refused (FORBIDDEN) by every other operation, public ones included', async () => {
      const outcomes: Record<string, string> = {};
      for (const { root, field } of operations) {
        const name = `${root}.${field.name}`;
        if (portalOperations.has(name)) continue;
        const response = await portal.request(operationText(root, field));
        outcomes[name] = String(response.errors?.[0]?.extensions?.code ?? 'ANSWERED');
      }
      expect(Object.keys(outcomes).length).toBeGreaterThan(100);
      expect(outcomes).toEqual(
        Object.fromEntries(Object.keys(outcomes).map((k) => [k, 'FORBIDDEN'])),
      );
    });

    it('and the portal operations refuse members', async () => {
      const outcomes: Record<string, string> = {};
      for (const { root, field } of operations) {
        const name = `${root}.${field.name}`;
        if (!portalOperations.has(name)) continue;
        const response = await org.client.request(operationText(root, field));
        outcomes[name] = String(response.errors?.[0]?.extensions?.code ?? 'ANSWERED');
      }
      expect(Object.keys(outcomes).sort()).toEqual([...portalOperations].sort());
      expect(outcomes).toEqual(
        Object.fromEntries(Object.keys(outcomes).map((k) => [k, 'FORBIDDEN'])),
      );
    });

    it('ends at once when the advocate revokes the access', async () => {
      const session = await signIn(neighbourEmail());
      const client = anonymous.as(session.token);
      await client.data(PORTAL_ME);
      await org.client.data(REVOKE, { id: neighbour.guardianId });
      // Revoking ends the address's sessions in the organization.
      expect((await client.errorOf(PORTAL_ME)).code).toBe('UNAUTHENTICATED');
      const before = mailsTo(neighbourEmail()).length;
      await anonymous.data(REQUEST_LINK, { email: neighbourEmail() });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(mailsTo(neighbourEmail())).toHaveLength(before);
      // Invited again, the guardian starts clean: the old session stays ended.
      await org.client.data(INVITE, { id: neighbour.guardianId });
      expect((await client.errorOf(PORTAL_ME)).code).toBe('UNAUTHENTICATED');
      const fresh = anonymous.as((await signIn(neighbourEmail())).token);
      expect(await fresh.data(PORTAL_ME)).toBeTruthy();
    });
  });
});

const neighbourEmail = () => 'neighbour@family.example.org';

/** The `n`-th weekday before today (a school day in the fixture's calendar). */
function weekdayAgo(n: number): string {
  let day = 0;
  for (let found = 0; found < n;) {
    day -= 1;
    const weekday = new Date(`${dayOffset(day)}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) found += 1;
  }
  return dayOffset(day);
}

/** A call of the operation with made-up arguments of the right types (refused before use). */
function operationText(root: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((arg) => isNonNullType(arg.type))
    .map((arg) => `${arg.name}: ${valueOf(arg.type)}`);
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${root === 'Mutation' ? 'mutation' : 'query'} { ${field.name}${
    args.length ? `(${args.join(', ')})` : ''
  }${selection} }`;
}

function valueOf(type: GraphQLInputType): string {
  const inner = getNullableType(type);
  if (isListType(inner)) return `[${valueOf(inner.ofType as GraphQLInputType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner))
    return `{ ${Object.values(inner.getFields())
      .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
      .map((f) => `${f.name}: ${valueOf(f.type)}`)
      .join(', ')} }`;
  switch (inner.name) {
    case 'ID':
      return '"00000000-0000-4000-8000-000000000000"';
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'DateTime':
      return '"2026-01-01T00:00:00Z"';
    default:
      return '"x"';
  }
}
