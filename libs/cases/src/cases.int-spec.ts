import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  createTestApp,
  joinAs as joinOrganizationAs,
  type TestApp,
  type TestAuth,
} from '@onrecord/platform/testing';
import { given } from '@onrecord/test-fixtures';
import { CASES_API } from './testing/cases-api';

/**
 * Cases through GraphQL over HTTP: opening, the status rules and history, advocates, notes,
 * lists and filters, archive and delete, roles, and two organizations that never see each
 * other's cases. Families, students and the directory are seeded with SQL.
 */
const CASE_FIELDS = `id familyId studentId title concerns status openedOn closedOn outcome
  outcomeNotes closingReason archivedAt family { id householdName } student { id name }
  advocates { memberId userId name email }
  caseStatusHistory { fromStatus toStatus changedAt changedByUserId reason }
  timeInStatus { status days }`;
const OPEN = `mutation ($input: OpenCaseInput!) { openCase(input: $input) { ${CASE_FIELDS} } }`;
const CASE = `query ($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateCaseInput!) { updateCase(id: $id, input: $input) { id title concerns } }`;
const CHANGE = `mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { ${CASE_FIELDS} } }`;
const CASES = `query ($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id title openedOn } } pageInfo { hasNextPage endCursor } } }`;
const ARCHIVE = 'mutation ($id: ID!) { archiveCase(id: $id) { id archivedAt } }';
const RESTORE = 'mutation ($id: ID!) { restoreCase(id: $id) { id archivedAt } }';
const DELETE = 'mutation ($id: ID!) { deleteCase(id: $id) { id } }';
const ASSIGN = `mutation ($caseId: ID!, $memberId: ID!) { assignAdvocate(caseId: $caseId, memberId: $memberId) { id advocates { memberId name } } }`;
const UNASSIGN = `mutation ($caseId: ID!, $memberId: ID!) { unassignAdvocate(caseId: $caseId, memberId: $memberId) { id advocates { memberId } } }`;
const NOTE_FIELDS = 'id caseId body visibility authorUserId authorName archivedAt';
const ADD_NOTE = `mutation ($caseId: ID!, $input: CaseNoteInput!) { addCaseNote(caseId: $caseId, input: $input) { ${NOTE_FIELDS} } }`;
const UPDATE_NOTE = `mutation ($id: ID!, $input: UpdateCaseNoteInput!) { updateCaseNote(id: $id, input: $input) { ${NOTE_FIELDS} } }`;
const ARCHIVE_NOTE = 'mutation ($id: ID!) { archiveCaseNote(id: $id) { id archivedAt } }';
const RESTORE_NOTE = 'mutation ($id: ID!) { restoreCaseNote(id: $id) { id archivedAt } }';
const DELETE_NOTE = 'mutation ($id: ID!) { deleteCaseNote(id: $id) { id } }';
const NOTES = `query ($caseId: ID!, $visibility: NoteVisibility, $includeArchived: Boolean, $first: Int, $after: String) {
  caseNotes(caseId: $caseId, visibility: $visibility, includeArchived: $includeArchived, first: $first, after: $after) {
    edges { node { id body visibility } } pageInfo { hasNextPage endCursor } } }`;

interface CaseShape {
  id: string;
  familyId: string;
  studentId: string;
  title: string;
  concerns: string[];
  status: string;
  openedOn: string;
  closedOn: string | null;
  outcome: string | null;
  outcomeNotes: string;
  archivedAt: string | null;
  family: { id: string; householdName: string };
  student: { id: string; name: string };
  advocates: Array<{ memberId: string; userId: string; name: string; email: string }>;
  caseStatusHistory: Array<{
    fromStatus: string | null;
    toStatus: string;
    changedAt: string;
    changedByUserId: string | null;
    reason: string;
  }>;
  timeInStatus: Array<{ status: string; days: number }>;
}
interface NoteShape {
  id: string;
  caseId: string;
  body: string;
  visibility: string;
  authorUserId: string | null;
  authorName: string | null;
  archivedAt: string | null;
}

/** Whole days from a date to today in Chicago (the test organizations' time zone). */
const chicagoToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(new Date());
const daysSince = (date: string) =>
  Math.round((Date.parse(`${chicagoToday()}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 864e5);

describe('cases over HTTP', () => {
  let api: TestApp<[TestAuth, TestAuth]>;
  let adminA: TestAuth;
  let adminB: TestAuth;
  let advocateA: TestAuth;
  let analystA: TestAuth;
  const ids: Record<string, string> = {};

  const as = (auth: TestAuth) => api.as(auth);
  const sql = <T = Record<string, string>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, text, params);
  const one = async (text: string, params: unknown[]): Promise<string> =>
    (await sql<{ id: string }>(`${text} RETURNING id`, params))[0]!.id;
  const memberIdOf = async (auth: TestAuth, organizationId: string): Promise<string> =>
    (
      await sql<{ id: string }>(
        'SELECT id FROM membership WHERE user_id = $1 AND organization_id = $2',
        [auth.user.id, organizationId],
      )
    )[0]!.id;

  /** A user of their own organization who also joins `organizationId` with `role`. */
  // Analysts here were granted family records by an admin (analyst-access.int-spec.ts tests
  // an analyst without the grant).
  const joinAs = (label: string, organizationId: string, role: string): Promise<TestAuth> =>
    joinOrganizationAs(api.anonymous, api.adminUrl, label, organizationId, role, {
      readsFamilyRecords: role === 'ANALYST',
    });

  /** A district with one school, a family and its student, in `auth`'s organization. */
  const seedDirectoryAndFamilies = (auth: TestAuth, label: string) =>
    given(api.adminUrl, auth, label).district().school().family().student();

  const openCase = async (auth: TestAuth, input: Record<string, unknown>): Promise<CaseShape> =>
    (await as(auth).data<{ openCase: CaseShape }>(OPEN, { input })).openCase;
  const change = async (auth: TestAuth, input: Record<string, unknown>): Promise<CaseShape> =>
    (await as(auth).data<{ changeCaseStatus: CaseShape }>(CHANGE, { input })).changeCaseStatus;
  const listIds = async (auth: TestAuth, filter: Record<string, unknown> = {}) =>
    (
      await as(auth).data<{ cases: { edges: Array<{ node: { id: string } }> } }>(CASES, {
        filter,
        first: 100,
      })
    ).cases.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    api = await createTestApp(CASES_API, { admins: ['a', 'b'] });
    [adminA, adminB] = api.admins;
    const orgA = adminA.activeOrganization!.id;
    const orgB = adminB.activeOrganization!.id;
    advocateA = await joinAs('advocate-a', orgA, 'ADVOCATE');
    analystA = await joinAs('analyst-a', orgA, 'ANALYST');
    ids['adminA'] = await memberIdOf(adminA, orgA);
    ids['adminB'] = await memberIdOf(adminB, orgB);
    ids['advocateA'] = await memberIdOf(advocateA, orgA);
    ids['analystA'] = await memberIdOf(analystA, orgA);

    const garcia = await seedDirectoryAndFamilies(adminA, 'Garcia');
    Object.assign(ids, {
      districtA: garcia.districtId,
      schoolA: garcia.schoolId,
      familyA: garcia.familyId,
      studentA: garcia.studentId,
    });
    // A second student of the Garcia family, at a school of another district.
    const nguyen = await seedDirectoryAndFamilies(adminA, 'Nguyen_100%');
    ids['district2'] = nguyen.districtId;
    ids['school2'] = nguyen.schoolId;
    ids['family2'] = nguyen.familyId;
    ids['student2'] = nguyen.studentId;
    ids['studentA2'] = await one(
      'INSERT INTO student (organization_id, family_id, name, school_id) VALUES ($1, $2, $3, $4)',
      [orgA, garcia.familyId, 'Lee Garcia', nguyen.schoolId],
    );
    ids['archivedFamily'] = await one(
      `INSERT INTO family (organization_id, household_name, archived_at) VALUES ($1, 'Gone household', now())`,
      [orgA],
    );
    ids['archivedStudent'] = await one(
      `INSERT INTO student (organization_id, family_id, name, archived_at) VALUES ($1, $2, 'Archived kid', now())`,
      [orgA, garcia.familyId],
    );
    const other = await seedDirectoryAndFamilies(adminB, 'Other');
    ids['familyB'] = other.familyId;
    ids['studentB'] = other.studentId;
  });

  afterAll(() => api?.close());

  describe('opening a case', () => {
    it('opens in INTAKE today, with its first status on record and the opener assigned', async () => {
      const opened = await openCase(adminA, {
        familyId: ids['familyA'],
        studentId: ids['studentA'],
        title: '  School refusal since September  ',
        concerns: ['SCHOOL_REFUSAL', 'EVALUATION', 'SCHOOL_REFUSAL'],
      });
      ids['caseToday'] = opened.id;
      expect(opened).toMatchObject({
        title: 'School refusal since September',
        concerns: ['SCHOOL_REFUSAL', 'EVALUATION'],
        status: 'INTAKE',
        openedOn: chicagoToday(),
        closedOn: null,
        outcome: null,
        family: { id: ids['familyA'], householdName: 'Garcia household' },
        student: { id: ids['studentA'], name: 'Garcia Student' },
        advocates: [
          {
            memberId: ids['adminA'],
            userId: adminA.user.id,
            name: 'Admin A',
            email: 'a@example.org',
          },
        ],
        timeInStatus: [{ status: 'INTAKE', days: 0 }],
      });
      expect(opened.caseStatusHistory).toEqual([
        expect.objectContaining({
          fromStatus: null,
          toStatus: 'INTAKE',
          changedByUserId: adminA.user.id,
        }),
      ]);
    });

    it('opens ACTIVE on a past date with the advocates named', async () => {
      const opened = await openCase(advocateA, {
        familyId: ids['familyA'],
        studentId: ids['studentA2'],
        title: 'Attendance letters',
        concerns: ['ATTENDANCE_LETTERS'],
        status: 'ACTIVE',
        openedOn: '2025-10-01',
        advocateIds: [ids['adminA'], ids['advocateA']],
      });
      ids['caseLee'] = opened.id;
      expect(opened).toMatchObject({ status: 'ACTIVE', openedOn: '2025-10-01' });
      expect(opened.advocates.map((a) => a.memberId)).toEqual([ids['adminA'], ids['advocateA']]);
      expect(opened.caseStatusHistory).toHaveLength(1);
      expect(opened.timeInStatus).toEqual([{ status: 'ACTIVE', days: daysSince('2025-10-01') }]);
      // An empty list assigns no one.
      const unassigned = await openCase(advocateA, {
        familyId: ids['family2'],
        studentId: ids['student2'],
        title: 'IEP not working',
        concerns: ['IEP_NOT_WORKING', 'BULLYING_AVOIDANCE'],
        openedOn: '2025-09-15',
        advocateIds: [],
      });
      ids['caseNguyen'] = unassigned.id;
      expect(unassigned.advocates).toEqual([]);
    });

    it('says which field is wrong and why', async () => {
      const base = {
        familyId: ids['familyA'],
        studentId: ids['studentA'],
        title: 'T',
        concerns: ['OTHER'],
      };
      const invalid = await as(adminA).errorOf(OPEN, {
        input: { ...base, title: '   ', concerns: [], status: 'RESOLVED', openedOn: '2025-02-30' },
      });
      expect(invalid.code).toBe('BAD_USER_INPUT');
      expect(invalid.fields).toEqual(
        expect.arrayContaining([
          { field: 'title', message: 'must not be empty' },
          { field: 'concerns', message: 'must name at least one concern' },
          { field: 'status', message: 'a case opens as INTAKE or ACTIVE' },
          { field: 'openedOn', message: 'must be a date written YYYY-MM-DD, e.g. 2025-10-06' },
        ]),
      );
      expect(
        (await as(adminA).errorOf(OPEN, { input: { ...base, openedOn: '2199-01-01' } })).fields,
      ).toEqual([{ field: 'openedOn', message: 'cannot be in the future' }]);
      expect(
        await as(adminA).errorOf(OPEN, { input: { ...base, studentId: ids['student2'] } }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'studentId', message: 'is not a student of this family' }],
      });
      expect(
        (await as(adminA).errorOf(OPEN, { input: { ...base, familyId: ids['archivedFamily'] } }))
          .fields,
      ).toEqual([{ field: 'familyId', message: 'names an archived family: restore it first' }]);
      expect(
        (await as(adminA).errorOf(OPEN, { input: { ...base, studentId: ids['archivedStudent'] } }))
          .fields,
      ).toEqual([{ field: 'studentId', message: 'names an archived student: restore it first' }]);
      expect(
        (
          await as(adminA).errorOf(OPEN, {
            input: { ...base, advocateIds: [ids['advocateA'], ids['analystA'], ids['adminB']] },
          })
        ).fields,
      ).toEqual([
        {
          field: 'advocateIds.1',
          message: 'has the ANALYST role: only admins and advocates can be assigned to a case',
        },
        { field: 'advocateIds.2', message: 'names no member of your organization' },
      ]);
    });
  });

  describe('statuses', () => {
    let caseId: string;

    beforeAll(async () => {
      caseId = (
        await openCase(adminA, {
          familyId: ids['familyA'],
          studentId: ids['studentA'],
          title: 'Evaluation request met with more data first',
          concerns: ['EVALUATION'],
          openedOn: '2025-10-01',
        })
      ).id;
      ids['caseStatus'] = caseId;
    });

    it('moves by the rules, writes each move down and measures time in each status', async () => {
      const refused = await as(adminA).errorOf(CHANGE, {
        input: { caseId, status: 'RESOLVED', outcome: 'OTHER' },
      });
      expect(refused).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'status', message: 'an INTAKE case can move to ACTIVE, ON_HOLD or CLOSED' },
        ],
      });
      await change(adminA, { caseId, status: 'ACTIVE', on: '2025-10-08', reason: 'Signed intake' });
      await change(advocateA, { caseId, status: 'ON_HOLD', on: '2025-10-15' });
      await change(adminA, { caseId, status: 'ACTIVE', on: '2025-10-20' });
      const noOutcome = await as(adminA).errorOf(CHANGE, {
        input: { caseId, status: 'RESOLVED', on: '2025-11-01' },
      });
      expect(noOutcome.fields).toEqual([
        { field: 'outcome', message: 'is required to mark a case RESOLVED: say how it ended' },
      ]);
      const resolved = await change(adminA, {
        caseId,
        status: 'RESOLVED',
        on: '2025-11-01',
        outcome: 'RETURNED_PART_TIME_WITH_PLAN',
        outcomeNotes: 'Half days with a safe person',
        closingReason: 'NEGOTIATED_WITHOUT_LITIGATION',
      });
      expect(resolved).toMatchObject({
        status: 'RESOLVED',
        closedOn: '2025-11-01',
        outcome: 'RETURNED_PART_TIME_WITH_PLAN',
        outcomeNotes: 'Half days with a safe person',
        closingReason: 'NEGOTIATED_WITHOUT_LITIGATION',
      });
      // Closing a RESOLVED case keeps its outcome and closing reason.
      const closed = await change(adminA, { caseId, status: 'CLOSED', on: '2025-11-10' });
      expect(closed).toMatchObject({
        status: 'CLOSED',
        closedOn: '2025-11-10',
        outcome: 'RETURNED_PART_TIME_WITH_PLAN',
        outcomeNotes: 'Half days with a safe person',
        closingReason: 'NEGOTIATED_WITHOUT_LITIGATION',
      });
      const fromClosed = await as(adminA).errorOf(CHANGE, {
        input: { caseId, status: 'RESOLVED', outcome: 'OTHER' },
      });
      expect(fromClosed.fields).toEqual([
        { field: 'status', message: 'a CLOSED case can only be reopened (ACTIVE)' },
      ]);
      const reopened = await change(adminA, {
        caseId,
        status: 'ACTIVE',
        on: '2025-11-12',
        reason: 'School withdrew the plan',
      });
      expect(reopened).toMatchObject({
        status: 'ACTIVE',
        closedOn: null,
        outcome: null,
        outcomeNotes: '',
        closingReason: null,
      });
      expect(
        reopened.caseStatusHistory.map((c) => [c.fromStatus, c.toStatus, c.changedAt.slice(0, 10)]),
      ).toEqual([
        [null, 'INTAKE', '2025-10-01'],
        ['INTAKE', 'ACTIVE', '2025-10-08'],
        ['ACTIVE', 'ON_HOLD', '2025-10-15'],
        ['ON_HOLD', 'ACTIVE', '2025-10-20'],
        ['ACTIVE', 'RESOLVED', '2025-11-01'],
        ['RESOLVED', 'CLOSED', '2025-11-10'],
        ['CLOSED', 'ACTIVE', '2025-11-12'],
      ]);
      expect(reopened.caseStatusHistory[1]).toMatchObject({
        reason: 'Signed intake',
        changedByUserId: adminA.user.id,
      });
      expect(reopened.caseStatusHistory[2]!.changedByUserId).toBe(advocateA.user.id);
      expect(reopened.timeInStatus).toEqual([
        { status: 'INTAKE', days: 7 },
        { status: 'ACTIVE', days: 7 + 12 + daysSince('2025-11-12') },
        { status: 'ON_HOLD', days: 5 },
        { status: 'RESOLVED', days: 9 },
        { status: 'CLOSED', days: 2 },
      ]);
    });

    it('refuses dates out of order and outcomes where none belongs', async () => {
      const beforeLast = await as(adminA).errorOf(CHANGE, {
        input: { caseId, status: 'ON_HOLD', on: '2025-11-11' },
      });
      expect(beforeLast.fields).toEqual([
        { field: 'on', message: "cannot be before the case's last status change (2025-11-12)" },
      ]);
      const beforeOpened = await as(adminA).errorOf(CHANGE, {
        input: { caseId, status: 'ON_HOLD', on: '2025-09-01' },
      });
      expect(beforeOpened.fields).toEqual([
        { field: 'on', message: 'cannot be before the case was opened (2025-10-01)' },
      ]);
      const outcome = await as(adminA).errorOf(CHANGE, {
        input: { caseId, status: 'ON_HOLD', outcome: 'OTHER', closingReason: 'LIMITED_ACTION' },
      });
      const only = 'only a RESOLVED or CLOSED case has an outcome; this case is becoming ON_HOLD';
      expect(outcome.fields).toEqual([
        { field: 'outcome', message: only },
        { field: 'closingReason', message: only },
      ]);
      const same = await as(adminA).errorOf(CHANGE, { input: { caseId, status: 'ACTIVE' } });
      expect(same.fields).toEqual([{ field: 'status', message: 'the case is already ACTIVE' }]);
    });

    it('closes today by default', async () => {
      const closed = await change(adminA, {
        caseId: ids['caseNguyen'],
        status: 'CLOSED',
        outcome: 'FAMILY_WITHDREW',
      });
      expect(closed).toMatchObject({ closedOn: chicagoToday(), outcome: 'FAMILY_WITHDREW' });
    });
  });

  describe('updating and advocates', () => {
    it('changes the title and concerns', async () => {
      const { updateCase } = await as(advocateA).data<{
        updateCase: { title: string; concerns: string[] };
      }>(UPDATE, {
        id: ids['caseLee'],
        input: { title: 'Attendance letters and a 504', concerns: ['ATTENDANCE_VS_FAPE', 'OTHER'] },
      });
      expect(updateCase).toMatchObject({
        title: 'Attendance letters and a 504',
        concerns: ['ATTENDANCE_VS_FAPE', 'OTHER'],
      });
      const empty = await as(advocateA).errorOf(UPDATE, {
        id: ids['caseLee'],
        input: { concerns: [] },
      });
      expect(empty.fields).toEqual([
        { field: 'concerns', message: 'must name at least one concern' },
      ]);
    });

    it('assigns admins and advocates, not analysts, and unassigns', async () => {
      const caseId = ids['caseNguyen'];
      const first = await as(adminA).data<{ assignAdvocate: { advocates: unknown[] } }>(ASSIGN, {
        caseId,
        memberId: ids['advocateA'],
      });
      expect(first.assignAdvocate.advocates).toEqual([
        { memberId: ids['advocateA'], name: 'Admin ADVOCATE-A' },
      ]);
      // Twice is harmless.
      const again = await as(adminA).data<{ assignAdvocate: { advocates: unknown[] } }>(ASSIGN, {
        caseId,
        memberId: ids['advocateA'],
      });
      expect(again.assignAdvocate.advocates).toHaveLength(1);
      expect(await as(adminA).errorOf(ASSIGN, { caseId, memberId: ids['analystA'] })).toMatchObject(
        {
          code: 'BAD_USER_INPUT',
          fields: [
            {
              field: 'memberId',
              message: 'has the ANALYST role: only admins and advocates can be assigned to a case',
            },
          ],
        },
      );
      const { unassignAdvocate } = await as(adminA).data<{
        unassignAdvocate: { advocates: unknown[] };
      }>(UNASSIGN, { caseId, memberId: ids['advocateA'] });
      expect(unassignAdvocate.advocates).toEqual([]);
    });
  });

  describe('notes', () => {
    const noteIds: string[] = [];

    it('adds notes by the caller, newest first, filtered by visibility', async () => {
      for (const [body, visibility] of [
        ['Called the school counselor', 'INTERNAL'],
        ['Next step: request an evaluation in writing', 'SHARED_WITH_FAMILY'],
        ['Mother reports mornings are worst', undefined],
      ] as const) {
        const { addCaseNote } = await as(advocateA).data<{ addCaseNote: NoteShape }>(ADD_NOTE, {
          caseId: ids['caseLee'],
          input: visibility ? { body, visibility } : { body },
        });
        expect(addCaseNote).toMatchObject({
          caseId: ids['caseLee'],
          body,
          visibility: visibility ?? 'INTERNAL',
          authorUserId: advocateA.user.id,
          authorName: 'Admin ADVOCATE-A',
        });
        noteIds.push(addCaseNote.id);
      }
      const page1 = await as(analystA).data<{
        caseNotes: { edges: Array<{ node: NoteShape }>; pageInfo: { endCursor: string } };
      }>(NOTES, { caseId: ids['caseLee'], first: 2 });
      expect(page1.caseNotes.edges.map((e) => e.node.id)).toEqual([noteIds[2], noteIds[1]]);
      const page2 = await as(analystA).data<{
        caseNotes: { edges: Array<{ node: NoteShape }>; pageInfo: { hasNextPage: boolean } };
      }>(NOTES, { caseId: ids['caseLee'], first: 2, after: page1.caseNotes.pageInfo.endCursor });
      expect(page2.caseNotes.edges.map((e) => e.node.id)).toEqual([noteIds[0]]);
      expect(page2.caseNotes.pageInfo.hasNextPage).toBe(false);
      const shared = await as(adminA).data<{ caseNotes: { edges: Array<{ node: NoteShape }> } }>(
        NOTES,
        { caseId: ids['caseLee'], visibility: 'SHARED_WITH_FAMILY' },
      );
      expect(shared.caseNotes.edges.map((e) => e.node.id)).toEqual([noteIds[1]]);
      const empty = await as(adminA).errorOf(ADD_NOTE, {
        caseId: ids['caseLee'],
        input: { body: '  ' },
      });
      expect(empty.fields).toEqual([{ field: 'body', message: 'must not be empty' }]);
    });

    it('updates, archives, restores and (admins only) deletes a note', async () => {
      const { updateCaseNote } = await as(adminA).data<{ updateCaseNote: NoteShape }>(UPDATE_NOTE, {
        id: noteIds[0],
        input: { visibility: 'SHARED_WITH_FAMILY' },
      });
      expect(updateCaseNote).toMatchObject({
        body: 'Called the school counselor',
        visibility: 'SHARED_WITH_FAMILY',
      });
      await as(advocateA).data(ARCHIVE_NOTE, { id: noteIds[0] });
      const listed = async (includeArchived: boolean) =>
        (
          await as(adminA).data<{ caseNotes: { edges: Array<{ node: NoteShape }> } }>(NOTES, {
            caseId: ids['caseLee'],
            includeArchived,
          })
        ).caseNotes.edges.map((e) => e.node.id);
      expect(await listed(false)).not.toContain(noteIds[0]);
      expect(await listed(true)).toContain(noteIds[0]);
      await as(advocateA).data(RESTORE_NOTE, { id: noteIds[0] });
      expect(await listed(false)).toContain(noteIds[0]);
      expect((await as(advocateA).errorOf(DELETE_NOTE, { id: noteIds[0] })).code).toBe('FORBIDDEN');
      await as(adminA).data(DELETE_NOTE, { id: noteIds[0] });
      expect(await listed(true)).not.toContain(noteIds[0]);
      noteIds.shift();
    });

    it('refuses to delete a case while it has notes, and deletes it with its history once not', async () => {
      const refused = await as(adminA).errorOf(DELETE, { id: ids['caseLee'] });
      expect(refused.code).toBe('CONFLICT');
      for (const id of noteIds) await as(adminA).data(DELETE_NOTE, { id });
      expect((await as(advocateA).errorOf(DELETE, { id: ids['caseLee'] })).code).toBe('FORBIDDEN');
      await as(adminA).data(DELETE, { id: ids['caseLee'] });
      expect((await as(adminA).errorOf(CASE, { id: ids['caseLee'] })).code).toBe('NOT_FOUND');
      const left = await sql<{ n: string }>(
        `SELECT (SELECT count(*) FROM case_assignment WHERE case_id = $1)
              + (SELECT count(*) FROM case_status_change WHERE case_id = $1) AS n`,
        [ids['caseLee']],
      );
      expect(Number(left[0]!.n)).toBe(0);
    });
  });

  describe('lists', () => {
    it('sorts by opened date, newest first, then id, across pages', async () => {
      const all = await as(adminA).data<{
        cases: { edges: Array<{ node: { id: string; openedOn: string } }> };
      }>(CASES, { first: 100 });
      const nodes = all.cases.edges.map((e) => e.node);
      const sorted = [...nodes].sort(
        (x, y) => y.openedOn.localeCompare(x.openedOn) || y.id.localeCompare(x.id),
      );
      expect(nodes).toEqual(sorted);
      expect(nodes.length).toBeGreaterThanOrEqual(3);
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: {
          cases: {
            edges: Array<{ node: { id: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        } = await as(adminA).data(CASES, { first: 1, after });
        seen.push(...page.cases.edges.map((e) => e.node.id));
        after = page.cases.pageInfo.hasNextPage ? page.cases.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(nodes.map((n) => n.id));
      const bad = await as(adminA).errorOf(CASES, { first: 1, after: 'nonsense' });
      expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    });

    it('filters by status, advocate, district, school, concern and search', async () => {
      expect(await listIds(adminA, { status: ['CLOSED'] })).toEqual([ids['caseNguyen']]);
      expect(await listIds(adminA, { status: ['INTAKE', 'ACTIVE'] })).toEqual(
        expect.arrayContaining([ids['caseToday'], ids['caseStatus']]),
      );
      expect((await listIds(adminA, { advocateId: ids['adminA'] })).sort()).toEqual(
        [ids['caseToday'], ids['caseStatus']].sort(),
      );
      expect(await listIds(adminA, { advocateId: ids['advocateA'] })).toEqual([]);
      expect(await listIds(adminA, { districtId: ids['district2'] })).toEqual([ids['caseNguyen']]);
      expect((await listIds(adminA, { schoolId: ids['schoolA'] })).sort()).toEqual(
        [ids['caseToday'], ids['caseStatus']].sort(),
      );
      expect(await listIds(adminA, { concern: 'BULLYING_AVOIDANCE' })).toEqual([ids['caseNguyen']]);
      expect(await listIds(adminA, { search: 'nguyen_100%' })).toEqual([ids['caseNguyen']]);
      // `%` and `_` are literal: "a_h" would otherwise match "Garcia household".
      expect(await listIds(adminA, { search: 'a_h' })).toEqual([]);
      expect((await listIds(adminA, { search: 'GARCIA STUD' })).sort()).toEqual(
        [ids['caseToday'], ids['caseStatus']].sort(),
      );
      expect((await as(adminA).errorOf(CASES, { filter: { districtId: 'x' } })).fields).toEqual([
        { field: 'filter.districtId', message: 'must be a district id' },
      ]);
    });

    it('hides archived cases unless asked, and restores them', async () => {
      const { archiveCase } = await as(advocateA).data<{ archiveCase: { archivedAt: string } }>(
        ARCHIVE,
        { id: ids['caseNguyen'] },
      );
      expect(archiveCase.archivedAt).not.toBeNull();
      expect(await listIds(adminA)).not.toContain(ids['caseNguyen']);
      expect(await listIds(adminA, { includeArchived: true })).toContain(ids['caseNguyen']);
      expect(
        (await as(adminA).data<{ case: CaseShape }>(CASE, { id: ids['caseNguyen'] })).case.id,
      ).toBe(ids['caseNguyen']);
      await as(advocateA).data(RESTORE, { id: ids['caseNguyen'] });
      expect(await listIds(adminA)).toContain(ids['caseNguyen']);
    });
  });

  describe('roles', () => {
    it('lets an analyst read but not write', async () => {
      expect(await listIds(analystA)).toContain(ids['caseToday']);
      const writes: Array<[string, Record<string, unknown>]> = [
        [
          OPEN,
          {
            input: {
              familyId: ids['familyA'],
              studentId: ids['studentA'],
              title: 'T',
              concerns: ['OTHER'],
            },
          },
        ],
        [UPDATE, { id: ids['caseToday'], input: { title: 'X' } }],
        [CHANGE, { input: { caseId: ids['caseToday'], status: 'ACTIVE' } }],
        [ARCHIVE, { id: ids['caseToday'] }],
        [ASSIGN, { caseId: ids['caseToday'], memberId: ids['advocateA'] }],
        [ADD_NOTE, { caseId: ids['caseToday'], input: { body: 'x' } }],
        [DELETE, { id: ids['caseToday'] }],
      ];
      for (const [query, variables] of writes) {
        expect((await as(analystA).errorOf(query, variables)).code).toBe('FORBIDDEN');
      }
    });
  });

  describe('two organizations', () => {
    let noteId: string;

    beforeAll(async () => {
      noteId = (
        await as(adminA).data<{ addCaseNote: NoteShape }>(ADD_NOTE, {
          caseId: ids['caseToday'],
          input: { body: 'Private to A' },
        })
      ).addCaseNote.id;
    });

    it("does not show, change or delete another organization's cases and notes", async () => {
      const caseId = ids['caseToday'];
      const attempts: Array<[string, Record<string, unknown>]> = [
        [CASE, { id: caseId }],
        [UPDATE, { id: caseId, input: { title: 'Mine now' } }],
        [CHANGE, { input: { caseId, status: 'ACTIVE' } }],
        [ARCHIVE, { id: caseId }],
        [RESTORE, { id: caseId }],
        [DELETE, { id: caseId }],
        [ASSIGN, { caseId, memberId: ids['adminB'] }],
        [UNASSIGN, { caseId, memberId: ids['adminB'] }],
        [ADD_NOTE, { caseId, input: { body: 'x' } }],
        [NOTES, { caseId }],
        [UPDATE_NOTE, { id: noteId, input: { body: 'x' } }],
        [ARCHIVE_NOTE, { id: noteId }],
        [RESTORE_NOTE, { id: noteId }],
        [DELETE_NOTE, { id: noteId }],
      ];
      for (const [query, variables] of attempts) {
        expect([query, (await as(adminB).errorOf(query, variables)).code]).toEqual([
          query,
          'NOT_FOUND',
        ]);
      }
      expect(await listIds(adminB, { includeArchived: true })).toEqual([]);
      const still = (await as(adminA).data<{ case: CaseShape }>(CASE, { id: caseId })).case;
      expect(still).toMatchObject({ title: 'School refusal since September', archivedAt: null });
    });

    it("refuses another organization's family, student and members in inputs", async () => {
      const mine = { title: 'T', concerns: ['OTHER'] };
      expect(
        await as(adminB).errorOf(OPEN, {
          input: { ...mine, familyId: ids['familyA'], studentId: ids['studentA'] },
        }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'familyId', message: 'names no family of your organization' }],
      });
      expect(
        (
          await as(adminB).errorOf(OPEN, {
            input: { ...mine, familyId: ids['familyB'], studentId: ids['studentA'] },
          })
        ).fields,
      ).toEqual([{ field: 'studentId', message: 'names no student of your organization' }]);
      const caseB = await openCase(adminB, {
        ...mine,
        familyId: ids['familyB'],
        studentId: ids['studentB'],
      });
      expect(
        await as(adminB).errorOf(ASSIGN, { caseId: caseB.id, memberId: ids['advocateA'] }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'memberId', message: 'names no member of your organization' }],
      });
      expect(
        (await as(adminB).errorOf(UNASSIGN, { caseId: caseB.id, memberId: ids['adminA'] })).fields,
      ).toEqual([{ field: 'memberId', message: 'names no member of your organization' }]);
      expect(await listIds(adminA)).not.toContain(caseB.id);
    });
  });
});
