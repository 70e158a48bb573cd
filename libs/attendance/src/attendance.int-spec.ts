import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  AUTH_FIELDS,
  apiOf,
  createTestApp,
  signUpAdmin,
  type TestApp,
  type TestAuth as Auth,
} from '@onrecord/platform/testing';
import { FICTIONAL_2025_26, given } from '@onrecord/test-fixtures';
import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { CASES_ENTITIES, CasesModule } from '@onrecord/cases';
import { DIRECTORY_ENTITIES, DirectoryModule } from '@onrecord/directory';
import { FAMILIES_ENTITIES, FamiliesModule } from '@onrecord/families';
import {
  ORGANIZATIONS_ENTITIES,
  OrganizationMembershipLookup,
  OrganizationsModule,
} from '@onrecord/organizations';
import { ATTENDANCE_ENTITIES } from './attendance.entities';
import { AttendanceModule } from './attendance.module';

/** Attendance and the libs below it: organizations (to sign up), directory, families, cases. */
const ATTENDANCE_API = apiOf({
  entities: [
    ...ACCOUNTS_ENTITIES,
    ...ORGANIZATIONS_ENTITIES,
    ...DIRECTORY_ENTITIES,
    ...FAMILIES_ENTITIES,
    ...CASES_ENTITIES,
    ...ATTENDANCE_ENTITIES,
  ],
  features: [OrganizationsModule, DirectoryModule, FamiliesModule, CasesModule, AttendanceModule],
  membershipLookup: OrganizationMembershipLookup,
});

/**
 * Attendance entries, observations and supports over HTTP: the baseline data. Students,
 * schools and the district calendar (the fictional 2025-26 one of scenarios.md) are written
 * with SQL, as other features' GraphQL may not exist yet.
 */
const ENTRY =
  'id studentId date status periodsMissed arrivalTime triggers studentResponse notes recordedByUserId supports { id name }';
const SUPPORT = 'id studentId name startedOn endedOn notes archivedAt';
const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { ${ENTRY} } }`;
const RECORD_WEEK = `mutation ($input: RecordAttendanceWeekInput!) { recordAttendanceWeek(input: $input) { ${ENTRY} } }`;
const DELETE_ENTRY = `mutation ($id: ID!) { deleteAttendanceEntry(id: $id) { id } }`;
const ENTRIES = `query ($studentId: ID!, $from: String, $to: String, $first: Int, $after: String) {
  attendanceEntries(studentId: $studentId, from: $from, to: $to, first: $first, after: $after) {
    edges { cursor node { ${ENTRY} } } pageInfo { hasNextPage endCursor } } }`;
const ADD_SUPPORT = `mutation ($studentId: ID!, $input: SupportInput!) { addSupport(studentId: $studentId, input: $input) { ${SUPPORT} } }`;
const UPDATE_SUPPORT = `mutation ($id: ID!, $input: UpdateSupportInput!) { updateSupport(id: $id, input: $input) { ${SUPPORT} } }`;
const END_SUPPORT = `mutation ($id: ID!, $endedOn: String!) { endSupport(id: $id, endedOn: $endedOn) { ${SUPPORT} } }`;
const SUPPORTS = `query ($studentId: ID!, $all: Boolean) { supports(studentId: $studentId, includeArchived: $all) { ${SUPPORT} } }`;
const supportMutation = (name: string) => `mutation ($id: ID!) { ${name}(id: $id) { ${SUPPORT} } }`;
const TAGS = `query ($all: Boolean) { observationTags(includeArchived: $all) { id key label builtIn archivedAt } }`;
const ADD_TAG = `mutation ($label: String!) { addObservationTag(label: $label) { id key label builtIn } }`;
const tagMutation = (name: string) =>
  `mutation ($id: ID!) { ${name}(id: $id) { id label archivedAt } }`;
const SUMMARY = `query ($studentId: ID!, $from: String, $to: String) {
  attendanceSummary(studentId: $studentId, from: $from, to: $to) {
    studentId from to periodsPerDay nonSchoolDayEntries overall { enteredDays rate }
    totals { status days } weeks { weekStart schoolDaysEntered rate }
    weekdays { weekday enteredDays rate } periodsMissed { period missed }
    topTriggers { label count }
    supports { support { id name } before { enteredDays rate } after { enteredDays rate } change } } }`;

interface Entry {
  id: string;
  date: string;
  status: string;
  periodsMissed: number[];
  arrivalTime: string | null;
  triggers: string[];
  notes: string;
  studentResponse: string;
  recordedByUserId: string;
  supports: Array<{ id: string; name: string }>;
}
interface SupportRow {
  id: string;
  name: string;
  startedOn: string;
  endedOn: string | null;
  archivedAt: string | null;
}

describe('attendance entries, observations and supports over HTTP', () => {
  let api: TestApp<[Auth, Auth]>;
  let adminA: Auth;
  let adminB: Auth;
  let analystA: Auth;
  let advocateA: Auth;
  const as = (auth: Auth) => api.as(auth);
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, text, params);

  /** Ids written by SQL. */
  const ids = {} as {
    sam: string; // Lincoln Middle, district with the 2025-26 calendar
    max: string; // Lincoln Middle too, for the summary
    nia: string; // a school whose district has no calendar
    leo: string; // no school
    archivedStudent: string;
    bea: string; // organization B
    beaSupport: string;
  };

  async function seed(): Promise<void> {
    const a = await given(api.adminUrl, adminA, 'Lincoln')
      .district({ calendar: FICTIONAL_2025_26 })
      .school()
      .family({ householdName: 'Sam household' })
      .student({ as: 'sam', name: 'Sam' })
      .family({ householdName: 'Max household' })
      .student({ as: 'max', name: 'Max' })
      .district({ as: 'prairieDistrict', name: 'Prairie ISD' })
      .school({ name: 'Prairie Elementary' })
      .family({ householdName: 'Nia household' })
      .student({ as: 'nia', name: 'Nia' })
      .family({ householdName: 'Leo household' })
      .student({ as: 'leo', name: 'Leo', school: null })
      .family({ householdName: 'Ari household' })
      .student({ as: 'archivedStudent', name: 'Ari', school: null, archived: true });
    const b = await given(api.adminUrl, adminB, 'Bea')
      .family()
      .student({ as: 'bea', name: 'Bea', school: null });
    const [support] = await sql<{ id: string }>(
      `INSERT INTO support (organization_id, student_id, name, started_on)
       VALUES ($1, $2, 'Check-ins', '2025-09-01') RETURNING id`,
      [b.organizationId, b.bea],
    );
    Object.assign(ids, {
      sam: a.sam,
      max: a.max,
      nia: a.nia,
      leo: a.leo,
      archivedStudent: a.archivedStudent,
      bea: b.bea,
      beaSupport: support!.id,
    });
  }

  const record = (auth: Auth, input: Record<string, unknown>) =>
    as(auth)
      .data<{ recordAttendance: Entry }>(RECORD, { input })
      .then((d) => d.recordAttendance);
  const recordError = (auth: Auth, input: Record<string, unknown>) =>
    as(auth).errorOf(RECORD, { input });
  const addSupport = (auth: Auth, studentId: string, input: Record<string, unknown>) =>
    as(auth)
      .data<{ addSupport: SupportRow }>(ADD_SUPPORT, { studentId, input })
      .then((d) => d.addSupport);
  const supportsOf = (auth: Auth, studentId: string, all = false) =>
    as(auth)
      .data<{ supports: SupportRow[] }>(SUPPORTS, { studentId, all })
      .then((d) => d.supports);

  async function memberOfA(auth: Auth, role: string): Promise<Auth> {
    const orgA = adminA.activeOrganization!.id;
    // An analyst here was granted family records by an admin (analyst-access.int-spec.ts
    // tests an analyst without the grant).
    await sql(
      `INSERT INTO membership (organization_id, user_id, role, reads_family_records) VALUES ($1, $2, $3, $4)`,
      [orgA, auth.user.id, role, role === 'ANALYST'],
    );
    return (
      await as(auth).data<{ switchOrganization: Auth }>(
        `mutation ($id: ID!) { switchOrganization(organizationId: $id) { ${AUTH_FIELDS} } }`,
        { id: orgA },
      )
    ).switchOrganization;
  }

  beforeAll(async () => {
    api = await createTestApp(ATTENDANCE_API, { admins: ['a', 'b'] });
    [adminA, adminB] = api.admins;
    await seed();
    // B's admin is also an analyst of A, and C's an advocate: cheaper than invitations by email.
    analystA = await memberOfA(adminB, 'ANALYST');
    advocateA = await memberOfA(await signUpAdmin(api.anonymous, 'c', api.adminUrl), 'ADVOCATE');
  });
  afterAll(() => api?.close());

  describe('observation tags (triggers)', () => {
    let fireDrillsId: string;

    it('lists the built-in triggers, flagged, with stable keys', async () => {
      const { observationTags } = await as(analystA).data<{
        observationTags: Array<{ id: string | null; key: string; label: string; builtIn: boolean }>;
      }>(TAGS);
      expect(observationTags).toHaveLength(11);
      expect(observationTags).toContainEqual({
        id: null,
        key: 'morning_transition',
        label: 'Morning transition',
        builtIn: true,
        archivedAt: null,
      });
      expect(observationTags.map((t) => t.key)).toEqual(
        expect.arrayContaining([
          'loud_noise',
          'comparison_with_peers',
          'transition_between_classes',
        ]),
      );
    });

    it('adds the organization’s own, unique whatever the case, and not a built-in again', async () => {
      const { addObservationTag } = await as(adminA).data<{
        addObservationTag: { id: string; label: string; builtIn: boolean; key: string | null };
      }>(ADD_TAG, { label: '  Fire   drills ' });
      expect(addObservationTag).toMatchObject({ label: 'Fire drills', builtIn: false, key: null });
      fireDrillsId = addObservationTag.id;
      expect(await as(adminA).errorOf(ADD_TAG, { label: 'FIRE DRILLS' })).toMatchObject({
        code: 'CONFLICT',
        message: '“Fire drills” is already an observation tag.',
      });
      expect(await as(adminA).errorOf(ADD_TAG, { label: 'loud NOISE' })).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'label', message: '“Loud noise” is a built-in trigger already' }],
      });
      expect((await as(adminA).errorOf(ADD_TAG, { label: '   ' })).fields).toEqual([
        { field: 'label', message: 'must not be empty' },
      ]);
      // Another organization has its own labels: the same one is fine there.
      await as(adminB).data(ADD_TAG, { label: 'Fire drills' });
    });

    it('archives (hidden, and no longer accepted on entries), restores', async () => {
      await as(adminA).data(tagMutation('archiveObservationTag'), { id: fireDrillsId });
      const listed = async (all: boolean) =>
        (
          await as(adminA).data<{ observationTags: Array<{ label: string }> }>(TAGS, { all })
        ).observationTags.map((t) => t.label);
      expect(await listed(false)).not.toContain('Fire drills');
      expect(await listed(true)).toContain('Fire drills');
      expect(
        await recordError(adminA, {
          studentId: ids.leo,
          date: '2025-10-01',
          status: 'FULL',
          triggers: ['Loud noise', 'fire drills'],
        }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'triggers.1',
            message: '“Fire drills” is an archived observation tag: restore it first',
          },
        ],
      });
      await as(adminA).data(tagMutation('restoreObservationTag'), { id: fireDrillsId });
      expect(await listed(false)).toContain('Fire drills');
    });

    it('deletes only a tag no entry carries (admins only)', async () => {
      const entry = await record(adminA, {
        studentId: ids.leo,
        date: '2025-10-02',
        status: 'FULL',
        triggers: ['FIRE drills'],
      });
      expect(entry.triggers).toEqual(['Fire drills']);
      expect(
        await as(adminA).errorOf(tagMutation('deleteObservationTag'), { id: fireDrillsId }),
      ).toMatchObject({
        code: 'CONFLICT',
        message:
          '“Fire drills” is on 1 attendance entry, so it cannot be deleted. Archive it instead.',
      });
      const { addObservationTag } = await as(adminA).data<{ addObservationTag: { id: string } }>(
        ADD_TAG,
        { label: 'Typo tagg' },
      );
      expect(
        (
          await as(analystA).errorOf(tagMutation('deleteObservationTag'), {
            id: addObservationTag.id,
          })
        ).code,
      ).toBe('FORBIDDEN');
      await as(adminA).data(tagMutation('deleteObservationTag'), { id: addObservationTag.id });
      expect(
        await sql(`SELECT 1 FROM observation_tag WHERE id = $1`, [addObservationTag.id]),
      ).toEqual([]);
    });

    it('keeps each organization’s tags to itself', async () => {
      for (const name of [
        'archiveObservationTag',
        'restoreObservationTag',
        'deleteObservationTag',
      ]) {
        expect((await as(adminB).errorOf(tagMutation(name), { id: fireDrillsId })).code).toBe(
          'NOT_FOUND',
        );
      }
      const { observationTags } = await as(adminB).data<{
        observationTags: Array<{ id: string | null }>;
      }>(TAGS, { all: true });
      expect(observationTags.map((t) => t.id)).not.toContain(fireDrillsId);
    });

    it('lets an analyst read but not write', async () => {
      expect((await as(analystA).errorOf(ADD_TAG, { label: 'Lunch' })).code).toBe('FORBIDDEN');
      expect(
        (await as(analystA).errorOf(tagMutation('archiveObservationTag'), { id: fireDrillsId }))
          .code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('supports', () => {
    let lateStart: SupportRow;

    it('adds a support to a student and lists it', async () => {
      lateStart = await addSupport(adminA, ids.sam, {
        name: 'Late start',
        startedOn: '2025-10-06',
        notes: 'Arrives for period 2',
      });
      expect(lateStart).toMatchObject({
        name: 'Late start',
        startedOn: '2025-10-06',
        endedOn: null,
      });
      expect((await supportsOf(analystA, ids.sam)).map((s) => s.name)).toEqual(['Late start']);
      const { support } = await as(analystA).data<{ support: { name: string } }>(
        'query ($id: ID!) { support(id: $id) { name } }',
        { id: lateStart.id },
      );
      expect(support.name).toBe('Late start');
      expect(
        (
          await as(adminB).errorOf('query ($id: ID!) { support(id: $id) { id } }', {
            id: lateStart.id,
          })
        ).code,
      ).toBe('NOT_FOUND');
    });

    it('says which field is wrong and why', async () => {
      const error = await as(adminA).errorOf(ADD_SUPPORT, {
        studentId: ids.sam,
        input: { name: 'Safe person', startedOn: '2025-10-06', endedOn: '2025-10-01' },
      });
      expect(error).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'endedOn', message: 'cannot be before startedOn (2025-10-06)' }],
      });
      const shape = await as(adminA).errorOf(ADD_SUPPORT, {
        studentId: ids.sam,
        input: { name: '', startedOn: '06/10/2025' },
      });
      expect(shape.fields).toEqual(
        expect.arrayContaining([
          { field: 'name', message: 'must not be empty' },
          { field: 'startedOn', message: 'must be a date written YYYY-MM-DD, e.g. 2025-10-06' },
        ]),
      );
      expect(
        await as(adminA).errorOf(ADD_SUPPORT, {
          studentId: ids.archivedStudent,
          input: { name: 'Calm space', startedOn: '2025-10-06' },
        }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'studentId', message: 'names an archived student: restore it first' }],
      });
    });

    it('updates and ends a support', async () => {
      const { updateSupport } = await as(adminA).data<{ updateSupport: SupportRow }>(
        UPDATE_SUPPORT,
        {
          id: lateStart.id,
          input: { name: 'Late start (period 2)' },
        },
      );
      expect(updateSupport).toMatchObject({
        name: 'Late start (period 2)',
        startedOn: '2025-10-06',
      });
      expect(
        (await as(adminA).errorOf(END_SUPPORT, { id: lateStart.id, endedOn: '2025-10-01' })).fields,
      ).toEqual([{ field: 'endedOn', message: 'cannot be before startedOn (2025-10-06)' }]);
      expect(
        (await as(adminA).errorOf(END_SUPPORT, { id: lateStart.id, endedOn: 'soon' })).fields,
      ).toEqual([
        { field: 'endedOn', message: 'must be a date written YYYY-MM-DD, e.g. 2025-10-06' },
      ]);
      const { endSupport } = await as(adminA).data<{ endSupport: SupportRow }>(END_SUPPORT, {
        id: lateStart.id,
        endedOn: '2025-10-31',
      });
      expect(endSupport.endedOn).toBe('2025-10-31');
      const reopened = await as(adminA).data<{ updateSupport: SupportRow }>(UPDATE_SUPPORT, {
        id: lateStart.id,
        input: { endedOn: null },
      });
      expect(reopened.updateSupport.endedOn).toBeNull();
    });

    it('archives (hidden unless includeArchived), restores, and deletes only when no entry lists it', async () => {
      const calm = await addSupport(adminA, ids.sam, {
        name: 'Calm space',
        startedOn: '2025-10-01',
      });
      await as(adminA).data(supportMutation('archiveSupport'), { id: calm.id });
      expect((await supportsOf(adminA, ids.sam)).map((s) => s.name)).not.toContain('Calm space');
      expect((await supportsOf(adminA, ids.sam, true)).map((s) => s.name)).toContain('Calm space');
      await as(adminA).data(supportMutation('restoreSupport'), { id: calm.id });
      expect((await supportsOf(adminA, ids.sam)).map((s) => s.name)).toContain('Calm space');

      await record(adminA, {
        studentId: ids.sam,
        date: '2025-10-07',
        status: 'PARTIAL',
        periodsMissed: [1],
        supportIds: [calm.id],
      });
      expect(
        await as(adminA).errorOf(supportMutation('deleteSupport'), { id: calm.id }),
      ).toMatchObject({
        code: 'CONFLICT',
        message: 'This support cannot be deleted: other records depend on it. Archive it instead.',
      });
      // Its dates cannot move away from the entry that lists it.
      expect(
        (
          await as(adminA).errorOf(UPDATE_SUPPORT, {
            id: calm.id,
            input: { startedOn: '2025-10-08' },
          })
        ).fields,
      ).toEqual([
        {
          field: 'startedOn',
          message:
            'attendance entries record this support on 2025-10-07, outside these dates: change those entries first',
        },
      ]);
      const unused = await addSupport(advocateA, ids.sam, {
        name: 'Mistake',
        startedOn: '2025-10-01',
      });
      // Hard delete is for admins only.
      expect(
        (await as(advocateA).errorOf(supportMutation('deleteSupport'), { id: unused.id })).code,
      ).toBe('FORBIDDEN');
      expect(
        (await as(analystA).errorOf(supportMutation('deleteSupport'), { id: unused.id })).code,
      ).toBe('FORBIDDEN');
      await as(adminA).data(supportMutation('deleteSupport'), { id: unused.id });
      expect((await supportsOf(adminA, ids.sam, true)).map((s) => s.name)).not.toContain('Mistake');
    });

    it('keeps each organization’s supports and students to itself', async () => {
      expect((await as(adminB).errorOf(SUPPORTS, { studentId: ids.sam })).code).toBe('NOT_FOUND');
      for (const name of ['archiveSupport', 'restoreSupport', 'deleteSupport']) {
        expect((await as(adminB).errorOf(supportMutation(name), { id: lateStart.id })).code).toBe(
          'NOT_FOUND',
        );
      }
      expect(
        (await as(adminB).errorOf(UPDATE_SUPPORT, { id: lateStart.id, input: { name: 'x' } })).code,
      ).toBe('NOT_FOUND');
      expect(
        (await as(adminB).errorOf(END_SUPPORT, { id: lateStart.id, endedOn: '2025-11-01' })).code,
      ).toBe('NOT_FOUND');
      expect(
        await as(adminB).errorOf(ADD_SUPPORT, {
          studentId: ids.sam,
          input: { name: 'Sneaky', startedOn: '2025-10-01' },
        }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'studentId', message: 'names no student of your organization' }],
      });
    });

    it('lets an analyst read but not write', async () => {
      expect(
        (
          await as(analystA).errorOf(ADD_SUPPORT, {
            studentId: ids.sam,
            input: { name: 'x', startedOn: '2025-10-01' },
          })
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        (await as(analystA).errorOf(END_SUPPORT, { id: lateStart.id, endedOn: '2025-11-01' })).code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('attendance entries', () => {
    let checkIns: SupportRow;

    beforeAll(async () => {
      checkIns = await addSupport(adminA, ids.sam, {
        name: 'Check-ins',
        startedOn: '2025-10-15',
        endedOn: '2025-11-14',
      });
    });

    it('records a day and replaces it when the same date is recorded again', async () => {
      const first = await record(adminA, {
        studentId: ids.sam,
        date: '2025-10-16',
        status: 'PARTIAL',
        periodsMissed: [3, 1],
        arrivalTime: '10:40',
        triggers: ['morning transition', 'Loud noise', 'Morning Transition'],
        supportIds: [checkIns.id],
        studentResponse: 'Calmer after the check-in',
        notes: 'Mother drove him',
      });
      expect(first).toMatchObject({
        date: '2025-10-16',
        status: 'PARTIAL',
        periodsMissed: [1, 3],
        arrivalTime: '10:40',
        triggers: ['Morning transition', 'Loud noise'],
        studentResponse: 'Calmer after the check-in',
        recordedByUserId: adminA.user.id,
        supports: [{ id: checkIns.id, name: 'Check-ins' }],
      });
      const again = await record(adminA, {
        studentId: ids.sam,
        date: '2025-10-16',
        status: 'FULL',
      });
      expect(again).toMatchObject({
        id: first.id,
        status: 'FULL',
        periodsMissed: [],
        arrivalTime: null,
        triggers: [],
        notes: '',
        supports: [],
      });
      expect(
        await sql(
          `SELECT count(*)::int AS n FROM attendance_entry WHERE student_id = $1 AND date = '2025-10-16'`,
          [ids.sam],
        ),
      ).toEqual([{ n: 1 }]);
      expect(
        await sql(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1`, [first.id]),
      ).toEqual([{ n: 2 }]);
    });

    it('says which field is wrong and why', async () => {
      const base = { studentId: ids.sam, date: '2025-10-20' };
      const expectFields = async (input: Record<string, unknown>, fields: unknown[]) =>
        expect(await recordError(adminA, { ...base, ...input })).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields,
        });
      await expectFields({ status: 'PARTIAL' }, [
        {
          field: 'periodsMissed',
          message: 'a PARTIAL day needs the periods missed or the arrival time',
        },
      ]);
      await expectFields({ status: 'FULL', arrivalTime: '09:10' }, [
        { field: 'arrivalTime', message: 'is only for PARTIAL and TARDY days, not FULL' },
      ]);
      await expectFields({ status: 'PARTIAL', periodsMissed: [0, 13] }, [
        { field: 'periodsMissed', message: 'must be periods 1 to 12' },
        { field: 'periodsMissed', message: 'must be periods 1 to 12' },
      ]);
      await expectFields({ status: 'TARDY', arrivalTime: '9:5' }, [
        { field: 'arrivalTime', message: 'must be a time written HH:MM (24-hour), e.g. 09:40' },
      ]);
      await expectFields({ status: 'FULL', date: '2099-01-05' }, [
        { field: 'date', message: 'cannot be in the future' },
      ]);
      await expectFields({ status: 'FULL', triggers: ['Sensory', 'thunderstorms'] }, [
        {
          field: 'triggers.1',
          message:
            '“thunderstorms” is not a known trigger: pick a built-in one or add it as an observation tag first',
        },
      ]);
    });

    it('accepts only the student’s own supports, in place on that date', async () => {
      const nias = await addSupport(adminA, ids.nia, {
        name: 'Safe person',
        startedOn: '2025-09-01',
      });
      expect(
        await recordError(adminA, {
          studentId: ids.sam,
          date: '2025-10-14',
          status: 'FULL',
          supportIds: [checkIns.id, nias.id, ids.beaSupport, 'not-an-id'],
        }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'supportIds.0', message: '“Check-ins” started on 2025-10-15, after 2025-10-14' },
          { field: 'supportIds.1', message: 'names no support of this student' },
          { field: 'supportIds.2', message: 'names no support of this student' },
          { field: 'supportIds.3', message: 'names no support of this student' },
        ],
      });
      expect(
        (
          await recordError(adminA, {
            studentId: ids.sam,
            date: '2025-11-17',
            status: 'FULL',
            supportIds: [checkIns.id],
          })
        ).fields,
      ).toEqual([
        { field: 'supportIds.0', message: '“Check-ins” ended on 2025-11-14, before 2025-11-17' },
      ]);
    });

    it('warns about a day without school and records it only when acknowledged', async () => {
      expect(
        await recordError(adminA, { studentId: ids.sam, date: '2025-11-26', status: 'ABSENT' }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'date',
            message:
              '2025-11-26 is not a school day for Lincoln Middle (Thanksgiving break); send acknowledgeNonSchoolDay: true to record it anyway',
          },
        ],
      });
      expect(
        (await recordError(adminA, { studentId: ids.sam, date: '2025-11-29', status: 'ABSENT' }))
          .fields,
      ).toEqual([
        {
          field: 'date',
          message:
            '2025-11-29 is not a school day for Lincoln Middle (weekend); send acknowledgeNonSchoolDay: true to record it anyway',
        },
      ]);
      expect(
        (await recordError(adminA, { studentId: ids.sam, date: '2025-07-15', status: 'ABSENT' }))
          .fields,
      ).toEqual([
        {
          field: 'date',
          message:
            '2025-07-15 is not a school day for Lincoln Middle (outside the school year); send acknowledgeNonSchoolDay: true to record it anyway',
        },
      ]);
      const acknowledged = await record(adminA, {
        studentId: ids.sam,
        date: '2025-11-26',
        status: 'ABSENT',
        acknowledgeNonSchoolDay: true,
      });
      expect(acknowledged.date).toBe('2025-11-26');
      // No calendar for the district, or no school: nothing to check against.
      expect(
        (await record(adminA, { studentId: ids.nia, date: '2025-11-26', status: 'FULL' })).date,
      ).toBe('2025-11-26');
      expect(
        (await record(adminA, { studentId: ids.leo, date: '2025-11-26', status: 'FULL' })).date,
      ).toBe('2025-11-26');
    });

    it('records a whole week, all or nothing, naming days.N.field', async () => {
      const days = [
        { date: '2025-10-27', status: 'FULL' },
        { date: '2025-10-28', status: 'TARDY', arrivalTime: '08:55', triggers: ['Peer'] },
        { date: '2025-10-29', status: 'ABSENT' },
        { date: '2025-10-30', status: 'PARTIAL', periodsMissed: [5, 6] },
        { date: '2025-10-31', status: 'IN_BUILDING_NOT_IN_CLASS', supportIds: [checkIns.id] },
      ];
      const bad = await as(adminA).errorOf(RECORD_WEEK, {
        input: {
          studentId: ids.sam,
          weekOf: '2025-10-27',
          days: [
            ...days.slice(0, 3),
            { date: '2025-10-30', status: 'PARTIAL' },
            { date: '2025-10-31', status: 'FULL', triggers: ['Recess'] },
          ],
        },
      });
      expect(bad).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'days.3.periodsMissed',
            message: 'a PARTIAL day needs the periods missed or the arrival time',
          },
          {
            field: 'days.4.triggers.0',
            message:
              '“Recess” is not a known trigger: pick a built-in one or add it as an observation tag first',
          },
        ],
      });
      expect(
        await sql(
          `SELECT count(*)::int AS n FROM attendance_entry WHERE student_id = $1 AND date BETWEEN '2025-10-27' AND '2025-10-31'`,
          [ids.sam],
        ),
      ).toEqual([{ n: 0 }]);

      const shape = await as(adminA).errorOf(RECORD_WEEK, {
        input: {
          studentId: ids.sam,
          weekOf: '2025-10-27',
          days: [
            { date: '2025-11-03', status: 'FULL' },
            { date: '2025-10-28', status: 'FULL' },
            { date: '2025-10-28', status: 'ABSENT' },
          ],
        },
      });
      expect(shape.fields).toEqual([
        { field: 'days.0.date', message: 'is not in the week of 2025-10-27' },
        { field: 'days.2.date', message: '2025-10-28 is in the week twice' },
      ]);
      expect(
        (
          await as(adminA).errorOf(RECORD_WEEK, {
            input: { studentId: ids.sam, weekOf: '2025-10-29', days },
          })
        ).fields,
      ).toEqual([{ field: 'weekOf', message: 'must be a Monday; 2025-10-29 is not' }]);
      expect(
        (
          await as(adminA).errorOf(RECORD_WEEK, {
            input: {
              studentId: ids.sam,
              weekOf: '2025-10-27',
              days: [{ date: '27/10/2025', status: 'FULL' }],
            },
          })
        ).fields,
      ).toEqual([
        { field: 'days.0.date', message: 'must be a date written YYYY-MM-DD, e.g. 2025-10-06' },
      ]);
      expect(
        (
          await as(adminA).errorOf(RECORD_WEEK, {
            input: {
              studentId: ids.sam,
              weekOf: '2025-11-24',
              days: [{ date: '2025-11-24', status: 'ABSENT' }],
            },
          })
        ).fields,
      ).toEqual([
        {
          field: 'days.0.date',
          message:
            '2025-11-24 is not a school day for Lincoln Middle (Thanksgiving break); send acknowledgeNonSchoolDay: true to record it anyway',
        },
      ]);

      const { recordAttendanceWeek } = await as(adminA).data<{ recordAttendanceWeek: Entry[] }>(
        RECORD_WEEK,
        { input: { studentId: ids.sam, weekOf: '2025-10-27', days: [...days].reverse() } },
      );
      expect(recordAttendanceWeek.map((e) => [e.date, e.status])).toEqual(
        days.map((d) => [d.date, d.status]),
      );
      expect(recordAttendanceWeek[4]!.supports).toEqual([{ id: checkIns.id, name: 'Check-ins' }]);
    });

    it('lists a student’s entries in date order, a page at a time, between dates', async () => {
      type Page = {
        attendanceEntries: {
          edges: Array<{ node: Entry }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
      const dates: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const { attendanceEntries }: Page = await as(analystA).data<Page>(ENTRIES, {
          studentId: ids.sam,
          from: '2025-10-16',
          to: '2025-10-31',
          first: 2,
          after,
        });
        dates.push(...attendanceEntries.edges.map((e) => e.node.date));
        if (!attendanceEntries.pageInfo.hasNextPage) break;
        after = attendanceEntries.pageInfo.endCursor;
      }
      expect(dates).toEqual([
        '2025-10-16',
        '2025-10-27',
        '2025-10-28',
        '2025-10-29',
        '2025-10-30',
        '2025-10-31',
      ]);
      expect(
        (
          await as(adminA).errorOf(ENTRIES, {
            studentId: ids.sam,
            from: '2025-10-31',
            to: '2025-10-01',
          })
        ).fields,
      ).toEqual([{ field: 'to', message: 'must not be before from (2025-10-31)' }]);
      expect(
        (await as(adminA).errorOf(ENTRIES, { studentId: ids.sam, from: 'October' })).fields,
      ).toEqual([{ field: 'from', message: 'must be a date written YYYY-MM-DD, e.g. 2025-10-06' }]);
    });

    it('deletes an entry (admins and advocates), with the supports it listed', async () => {
      const entry = await record(adminA, {
        studentId: ids.sam,
        date: '2025-11-03',
        status: 'FULL',
        supportIds: [checkIns.id],
      });
      expect((await as(analystA).errorOf(DELETE_ENTRY, { id: entry.id })).code).toBe('FORBIDDEN');
      await as(advocateA).data(DELETE_ENTRY, { id: entry.id });
      expect(await sql(`SELECT 1 FROM attendance_entry WHERE id = $1`, [entry.id])).toEqual([]);
      expect(
        await sql(`SELECT 1 FROM attendance_entry_support WHERE entry_id = $1`, [entry.id]),
      ).toEqual([]);
      expect((await as(adminA).errorOf(DELETE_ENTRY, { id: entry.id })).code).toBe('NOT_FOUND');
    });

    it('keeps each organization’s entries to itself', async () => {
      const [entry] = await sql<{ id: string }>(
        `SELECT id FROM attendance_entry WHERE student_id = $1 LIMIT 1`,
        [ids.sam],
      );
      expect((await as(adminB).errorOf(DELETE_ENTRY, { id: entry!.id })).code).toBe('NOT_FOUND');
      const ENTRY = 'query ($id: ID!) { attendanceEntry(id: $id) { id date status } }';
      expect((await as(adminB).errorOf(ENTRY, { id: entry!.id })).code).toBe('NOT_FOUND');
      const own = await as(adminA).data<{ attendanceEntry: { id: string } }>(ENTRY, {
        id: entry!.id,
      });
      expect(own.attendanceEntry.id).toBe(entry!.id);
      expect((await as(adminB).errorOf(ENTRIES, { studentId: ids.sam })).code).toBe('NOT_FOUND');
      expect((await as(adminB).errorOf(SUMMARY, { studentId: ids.sam })).code).toBe('NOT_FOUND');
      expect(
        await recordError(adminB, { studentId: ids.sam, date: '2025-10-21', status: 'FULL' }),
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'studentId', message: 'names no student of your organization' }],
      });
      expect(
        (
          await as(adminB).errorOf(RECORD_WEEK, {
            input: {
              studentId: ids.sam,
              weekOf: '2025-10-20',
              days: [{ date: '2025-10-21', status: 'FULL' }],
            },
          })
        ).fields,
      ).toEqual([{ field: 'studentId', message: 'names no student of your organization' }]);
      // B's own student, with A's support.
      expect(
        (
          await recordError(adminB, {
            studentId: ids.bea,
            date: '2025-10-21',
            status: 'FULL',
            supportIds: [checkIns.id],
          })
        ).fields,
      ).toEqual([{ field: 'supportIds.0', message: 'names no support of this student' }]);
    });

    it('lets an analyst read but not write', async () => {
      expect(
        (await recordError(analystA, { studentId: ids.sam, date: '2025-10-21', status: 'FULL' }))
          .code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await as(analystA).errorOf(RECORD_WEEK, {
            input: {
              studentId: ids.sam,
              weekOf: '2025-10-20',
              days: [{ date: '2025-10-21', status: 'FULL' }],
            },
          })
        ).code,
      ).toBe('FORBIDDEN');
    });
  });

  describe('summary', () => {
    /**
     * The days of attendance-summary.spec.ts, moved to 20–29 Oct 2025 (no closures), with a
     * late start from Thu 23 to Tue 28 Oct and one acknowledged entry in Thanksgiving break.
     */
    beforeAll(async () => {
      const support = await addSupport(adminA, ids.max, {
        name: 'Late start',
        startedOn: '2025-10-23',
        endedOn: '2025-10-28',
      });
      await as(adminA).data(RECORD_WEEK, {
        input: {
          studentId: ids.max,
          weekOf: '2025-10-20',
          days: [
            { date: '2025-10-20', status: 'FULL', triggers: ['Loud noise'] },
            {
              date: '2025-10-21',
              status: 'PARTIAL',
              periodsMissed: [1, 2],
              triggers: ['Loud noise', 'Peer'],
            },
            {
              date: '2025-10-22',
              status: 'ABSENT',
              triggers: ['Morning transition', 'loud noise'],
            },
            { date: '2025-10-23', status: 'TARDY', arrivalTime: '08:50', supportIds: [support.id] },
            {
              date: '2025-10-24',
              status: 'IN_BUILDING_NOT_IN_CLASS',
              periodsMissed: [3],
              supportIds: [support.id],
            },
          ],
        },
      });
      await record(adminA, { studentId: ids.max, date: '2025-10-27', status: 'ABSENT' });
      await record(adminA, {
        studentId: ids.max,
        date: '2025-10-28',
        status: 'PARTIAL',
        arrivalTime: '10:15',
      });
      await record(adminA, { studentId: ids.max, date: '2025-10-29', status: 'FULL' });
      await record(adminA, {
        studentId: ids.max,
        date: '2025-11-25',
        status: 'FULL',
        acknowledgeNonSchoolDay: true,
      });
    });

    interface Summary {
      periodsPerDay: number;
      nonSchoolDayEntries: number;
      overall: { enteredDays: number; rate: number };
      totals: Array<{ status: string; days: number }>;
      weeks: Array<{ weekStart: string; schoolDaysEntered: number; rate: number }>;
      weekdays: Array<{ weekday: string; enteredDays: number; rate: number | null }>;
      periodsMissed: Array<{ period: number; missed: number }>;
      topTriggers: Array<{ label: string; count: number }>;
      supports: Array<{
        support: { name: string };
        before: { enteredDays: number; rate: number | null };
        after: { enteredDays: number; rate: number | null };
        change: number | null;
      }>;
    }

    it('sums up a student’s school days, checked by hand', async () => {
      const { attendanceSummary: s } = await as(analystA).data<{ attendanceSummary: Summary }>(
        SUMMARY,
        {
          studentId: ids.max,
        },
      );
      expect(s.periodsPerDay).toBe(7);
      expect(s.nonSchoolDayEntries).toBe(1);
      expect(s.overall.enteredDays).toBe(8);
      expect(s.overall.rate).toBeCloseTo(59 / 112, 10);
      expect(s.totals).toEqual([
        { status: 'FULL', days: 2 },
        { status: 'PARTIAL', days: 2 },
        { status: 'ABSENT', days: 2 },
        { status: 'TARDY', days: 1 },
        { status: 'IN_BUILDING_NOT_IN_CLASS', days: 1 },
      ]);
      expect(s.weeks.map((w) => [w.weekStart, w.schoolDaysEntered])).toEqual([
        ['2025-10-20', 5],
        ['2025-10-27', 3],
      ]);
      expect(s.weeks[0]!.rate).toBeCloseTo(19 / 35, 10);
      expect(s.weeks[1]!.rate).toBeCloseTo(0.5, 10);
      expect(s.weekdays.map((w) => w.enteredDays)).toEqual([2, 2, 2, 1, 1]);
      expect(s.weekdays[1]!.rate).toBeCloseTo(17 / 28, 10);
      expect(s.periodsMissed.slice(0, 4)).toEqual([
        { period: 1, missed: 1 },
        { period: 2, missed: 1 },
        { period: 3, missed: 1 },
        { period: 4, missed: 0 },
      ]);
      expect(s.topTriggers).toEqual([
        { label: 'Loud noise', count: 3 },
        { label: 'Morning transition', count: 1 },
        { label: 'Peer', count: 1 },
      ]);
      expect(s.supports).toHaveLength(1);
      const [late] = s.supports;
      expect(late!.support.name).toBe('Late start');
      expect(late!.before.enteredDays).toBe(3);
      expect(late!.before.rate).toBeCloseTo(4 / 7, 10);
      expect(late!.after.enteredDays).toBe(4);
      expect(late!.after.rate).toBeCloseTo(0.375, 10);
      expect(late!.change).toBeCloseTo(-11 / 56, 10);
    });

    it('narrows to a date range', async () => {
      const { attendanceSummary: s } = await as(adminA).data<{ attendanceSummary: Summary }>(
        SUMMARY,
        {
          studentId: ids.max,
          from: '2025-10-27',
          to: '2025-10-31',
        },
      );
      expect(s.overall.enteredDays).toBe(3);
      expect(s.overall.rate).toBeCloseTo(0.5, 10);
      expect(s.nonSchoolDayEntries).toBe(0);
      expect(
        (
          await as(adminA).errorOf(SUMMARY, {
            studentId: ids.max,
            from: '2025-10-27',
            to: '2025-10-01',
          })
        ).fields,
      ).toEqual([{ field: 'to', message: 'must not be before from (2025-10-27)' }]);
    });
  });
});
