import { superuserQuery } from '@onrecord/platform/database/testing';
import {
  createTestApp,
  joinAs as joinOrganizationAs,
  type TestApp,
  type TestAuth as Auth,
} from '@onrecord/platform/testing';
import { given } from '@onrecord/test-fixtures';
import { FAMILIES_API } from './testing/families-api';

/**
 * Families, guardians and students through GraphQL over HTTP: intake in one step, field
 * errors, archive/restore/delete, lists and search, roles, and two organizations that must
 * never see or reference each other's records.
 */
const FAMILY_FIELDS = `id householdName notes archivedAt
  guardians { id name email phone relationship preferredLanguage }
  students { id name dateOfBirth grade schoolId school { id name } plan disabilityCategories notes family { id } }`;
const CREATE_FAMILY = `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { ${FAMILY_FIELDS} } }`;
const FAMILY = `query ($id: ID!) { family(id: $id) { ${FAMILY_FIELDS} } }`;
const FAMILIES = `query ($filter: FamilyFilter, $first: Int, $after: String) {
  families(filter: $filter, first: $first, after: $after) {
    edges { node { id householdName } } pageInfo { hasNextPage endCursor } } }`;
const ADD_GUARDIAN = `mutation ($familyId: ID!, $input: GuardianInput!) {
  addGuardian(familyId: $familyId, input: $input) { id name phone preferredLanguage family { id } } }`;
const ADD_STUDENT = `mutation ($familyId: ID!, $input: StudentInput!) {
  addStudent(familyId: $familyId, input: $input) { id name schoolId plan family { id householdName } } }`;
const UPDATE_STUDENT = `mutation ($id: ID!, $input: UpdateStudentInput!) {
  updateStudent(id: $id, input: $input) { id name grade schoolId plan disabilityCategories } }`;
const STUDENTS = `query ($filter: StudentFilter) {
  students(filter: $filter) { edges { node { id name } } } }`;

interface FamilyShape {
  id: string;
  householdName: string;
  archivedAt: string | null;
  guardians: Array<{ id: string; name: string; phone: string | null; preferredLanguage: string }>;
  students: Array<{
    id: string;
    name: string;
    schoolId: string | null;
    disabilityCategories: string[];
    family: { id: string };
  }>;
}
interface Page {
  edges: Array<{ node: { id: string; householdName?: string; name?: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('families, guardians and students over HTTP', () => {
  let api: TestApp<[Auth, Auth]>;
  let adminA: Auth;
  let adminB: Auth;
  let schoolA: string;
  let archivedSchoolA: string;
  let schoolB: string;
  const as = (auth: Auth) => api.as(auth);
  const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    superuserQuery<T>(api.adminUrl, text, params);

  /** A school named `name` (archived or not), of a district of its own. */
  const seedSchool = async (auth: Auth, name: string, archived = false) =>
    (await given(api.adminUrl, auth, name).district().school({ name, archived })).schoolId;

  /**
   * A member of A with `role`, signed in to A (the membership is written directly). Analysts
   * here were granted family records by an admin (analyst-access.int-spec.ts tests an analyst
   * without the grant).
   */
  const memberOfA = (label: string, role: string): Promise<Auth> =>
    joinOrganizationAs(api.anonymous, api.adminUrl, label, adminA.activeOrganization!.id, role, {
      readsFamilyRecords: role === 'ANALYST',
    });

  const createFamily = async (auth: Auth, input: Record<string, unknown>) =>
    (await as(auth).data<{ createFamily: FamilyShape }>(CREATE_FAMILY, { input })).createFamily;

  const familyCount = async (householdName: string) =>
    (
      await sql<{ count: string }>('SELECT count(*) FROM family WHERE household_name = $1', [
        householdName,
      ])
    )[0]!.count;

  beforeAll(async () => {
    api = await createTestApp(FAMILIES_API, { admins: ['a', 'b'] });
    [adminA, adminB] = api.admins;
    schoolA = await seedSchool(adminA, 'Lamar Middle');
    archivedSchoolA = await seedSchool(adminA, 'Old Elementary', true);
    schoolB = await seedSchool(adminB, 'Other Org High');
  });
  afterAll(() => api?.close());

  describe('intake', () => {
    it('creates the family with its guardians and students in one step, normalized', async () => {
      const family = await createFamily(adminA, {
        householdName: '  Garcia household ',
        notes: 'Referred by the pediatrician.',
        guardians: [
          {
            name: 'Maria Garcia',
            email: ' Maria@Example.org ',
            phone: '(512) 555-0123',
            relationship: 'mother',
            preferredLanguage: 'es-mx',
          },
          { name: 'Luis Garcia', relationship: 'father' },
        ],
        students: [
          {
            name: 'Sofia Garcia',
            dateOfBirth: '2013-04-02',
            grade: '6',
            schoolId: schoolA,
            plan: 'IEP',
            disabilityCategories: [' Autism ', 'anxiety', 'autism', 'Anxiety '],
          },
        ],
      });
      expect(family.householdName).toBe('Garcia household');
      expect(family.guardians).toEqual([
        expect.objectContaining({ name: 'Luis Garcia', preferredLanguage: 'en', phone: null }),
        expect.objectContaining({
          name: 'Maria Garcia',
          email: 'maria@example.org',
          phone: '+15125550123',
          preferredLanguage: 'es-MX',
        }),
      ]);
      expect(family.students).toEqual([
        expect.objectContaining({
          name: 'Sofia Garcia',
          schoolId: schoolA,
          school: { id: schoolA, name: 'Lamar Middle' },
          plan: 'IEP',
          disabilityCategories: ['Autism', 'anxiety'],
          family: { id: family.id },
        }),
      ]);
      const { family: read } = await as(adminA).data<{ family: FamilyShape }>(FAMILY, {
        id: family.id,
      });
      expect(read.guardians).toHaveLength(2);
      expect(read.students).toHaveLength(1);
    });

    it('names each wrong field and why, and leaves nothing behind', async () => {
      const error = await as(adminA).errorOf(CREATE_FAMILY, {
        input: {
          householdName: 'Half household',
          guardians: [
            { name: 'Ok Guardian', relationship: 'aunt' },
            {
              name: 'Bad Guardian',
              relationship: ' ',
              email: 'not-an-email',
              phone: '123',
              preferredLanguage: 'en_US',
            },
          ],
          students: [
            { name: 'Too Young', dateOfBirth: '2199-01-01' },
            { name: 'Too Old', dateOfBirth: '1980-05-05', disabilityCategories: ['ok', '  '] },
            { name: 'Bad Date', dateOfBirth: '2015-02-30' },
          ],
        },
      });
      expect(error.code).toBe('BAD_USER_INPUT');
      const fields = error.fields as Array<{ field: string; message: string }>;
      const by = (field: string) => fields.filter((f) => f.field === field).map((f) => f.message);
      expect(by('guardians.1.relationship')).toContain('must not be empty');
      expect(by('guardians.1.email')).toContain(
        'must be an email address such as name@example.org',
      );
      expect(by('guardians.1.phone')[0]).toMatch(/must be a phone number/);
      expect(by('guardians.1.preferredLanguage')[0]).toMatch(/must be a language tag/);
      expect(by('students.0.dateOfBirth')).toContain('cannot be in the future');
      expect(by('students.1.dateOfBirth')[0]).toMatch(/on or after 1990-01-01/);
      expect(by('students.1.disabilityCategories')[0]).toMatch(/not empty/);
      expect(by('students.2.dateOfBirth')[0]).toMatch(/YYYY-MM-DD/);
      expect(by('guardians.0.name')).toEqual([]);
      expect(await familyCount('Half household')).toBe('0');
    });

    it('refuses an archived school or another organization’s school, before writing anything', async () => {
      for (const [schoolId, message] of [
        [archivedSchoolA, 'names an archived school: restore it first'],
        [schoolB, 'names no school of your organization'],
        ['not-a-uuid', 'names no school of your organization'],
      ] as const) {
        const error = await as(adminA).errorOf(CREATE_FAMILY, {
          input: {
            householdName: 'Unfinished household',
            guardians: [{ name: 'Ana', relationship: 'mother' }],
            students: [{ name: 'First' }, { name: 'Second', schoolId }],
          },
        });
        expect(error.code).toBe('BAD_USER_INPUT');
        expect(error.fields).toEqual([{ field: 'students.1.schoolId', message }]);
      }
      expect(await familyCount('Unfinished household')).toBe('0');
      const [{ count }] = (await sql<{ count: string }>(
        `SELECT count(*) FROM guardian WHERE name = 'Ana'`,
      )) as [{ count: string }];
      expect(count).toBe('0');
    });
  });

  describe('guardians', () => {
    it('adds, updates, archives, restores and deletes a guardian', async () => {
      const family = await createFamily(adminA, { householdName: 'Nguyen household' });
      const { addGuardian } = await as(adminA).data<{
        addGuardian: {
          id: string;
          phone: string;
          preferredLanguage: string;
          family: { id: string };
        };
      }>(ADD_GUARDIAN, {
        familyId: family.id,
        input: {
          name: 'Lan Nguyen',
          relationship: 'grandmother',
          phone: '+44 20 7946 0958',
          preferredLanguage: 'VI',
        },
      });
      expect(addGuardian).toMatchObject({
        phone: '+442079460958',
        preferredLanguage: 'vi',
        family: { id: family.id },
      });

      const update = `mutation ($id: ID!, $input: UpdateGuardianInput!) {
        updateGuardian(id: $id, input: $input) { name email phone relationship } }`;
      const { updateGuardian } = await as(adminA).data<{ updateGuardian: unknown }>(update, {
        id: addGuardian.id,
        input: { email: 'lan@example.org', phone: null, relationship: 'foster parent' },
      });
      expect(updateGuardian).toEqual({
        name: 'Lan Nguyen',
        email: 'lan@example.org',
        phone: null,
        relationship: 'foster parent',
      });
      const cleared = await as(adminA).errorOf(update, {
        id: addGuardian.id,
        input: { name: null },
      });
      expect(cleared.code).toBe('BAD_USER_INPUT');
      expect((cleared.fields as Array<{ field: string }>)[0]!.field).toBe('name');

      await as(adminA).data('mutation ($id: ID!) { archiveGuardian(id: $id) { id } }', {
        id: addGuardian.id,
      });
      const guardiansOf = async (includeArchived: boolean) =>
        (
          await as(adminA).data<{ family: { guardians: Array<{ id: string }> } }>(
            `query ($id: ID!, $all: Boolean!) { family(id: $id) { guardians(includeArchived: $all) { id } } }`,
            { id: family.id, all: includeArchived },
          )
        ).family.guardians;
      expect(await guardiansOf(false)).toEqual([]);
      expect(await guardiansOf(true)).toEqual([{ id: addGuardian.id }]);
      await as(adminA).data('mutation ($id: ID!) { restoreGuardian(id: $id) { id } }', {
        id: addGuardian.id,
      });
      expect(await guardiansOf(false)).toEqual([{ id: addGuardian.id }]);

      await as(adminA).data('mutation ($id: ID!) { deleteGuardian(id: $id) { id } }', {
        id: addGuardian.id,
      });
      const gone = await as(adminA).errorOf('query ($id: ID!) { guardian(id: $id) { id } }', {
        id: addGuardian.id,
      });
      expect(gone.code).toBe('NOT_FOUND');
    });

    it('refuses a guardian for an archived family', async () => {
      const family = await createFamily(adminA, { householdName: 'Archived-first household' });
      await as(adminA).data('mutation ($id: ID!) { archiveFamily(id: $id) { id } }', {
        id: family.id,
      });
      const error = await as(adminA).errorOf(ADD_GUARDIAN, {
        familyId: family.id,
        input: { name: 'X', relationship: 'uncle' },
      });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.fields).toEqual([
        { field: 'familyId', message: 'names an archived family: restore it first' },
      ]);
    });
  });

  describe('students', () => {
    it('adds a student, changes school, plan and grade, and filters the list', async () => {
      const family = await createFamily(adminA, { householdName: 'Okafor household' });
      const { addStudent } = await as(adminA).data<{
        addStudent: { id: string; plan: string; family: { householdName: string } };
      }>(ADD_STUDENT, {
        familyId: family.id,
        input: { name: 'Chidi Okafor', grade: 'K' },
      });
      expect(addStudent).toMatchObject({
        plan: 'NONE',
        family: { householdName: 'Okafor household' },
      });

      const { updateStudent } = await as(adminA).data<{ updateStudent: unknown }>(UPDATE_STUDENT, {
        id: addStudent.id,
        input: {
          schoolId: schoolA,
          plan: 'BEING_EVALUATED',
          grade: null,
          disabilityCategories: ['Speech or language impairment'],
        },
      });
      expect(updateStudent).toEqual({
        id: addStudent.id,
        name: 'Chidi Okafor',
        grade: null,
        schoolId: schoolA,
        plan: 'BEING_EVALUATED',
        disabilityCategories: ['Speech or language impairment'],
      });

      const names = async (filter: Record<string, unknown>) =>
        (await as(adminA).data<{ students: Page }>(STUDENTS, { filter })).students.edges.map(
          (e) => e.node.name,
        );
      expect(await names({ familyId: family.id })).toEqual(['Chidi Okafor']);
      expect(await names({ schoolId: schoolA, plan: 'BEING_EVALUATED' })).toEqual(['Chidi Okafor']);
      expect(await names({ search: 'CHIDI' })).toEqual(['Chidi Okafor']);
      expect(await names({ search: 'chidi', plan: 'IEP' })).toEqual([]);
      expect(await names({ familyId: 'nonsense' })).toEqual([]);

      await as(adminA).data('mutation ($id: ID!) { archiveStudent(id: $id) { id } }', {
        id: addStudent.id,
      });
      expect(await names({ familyId: family.id })).toEqual([]);
      expect(await names({ familyId: family.id, includeArchived: true })).toEqual(['Chidi Okafor']);
      await as(adminA).data('mutation ($id: ID!) { restoreStudent(id: $id) { id } }', {
        id: addStudent.id,
      });
      expect(await names({ familyId: family.id })).toEqual(['Chidi Okafor']);
    });

    it('refuses a move to an archived school and bad values, with the field', async () => {
      const family = await createFamily(adminA, {
        householdName: 'Moves household',
        students: [{ name: 'Mover', schoolId: schoolA }],
      });
      const id = family.students[0]!.id;
      const archived = await as(adminA).errorOf(UPDATE_STUDENT, {
        id,
        input: { schoolId: archivedSchoolA },
      });
      expect(archived.fields).toEqual([
        { field: 'schoolId', message: 'names an archived school: restore it first' },
      ]);
      const bad = await as(adminA).errorOf(UPDATE_STUDENT, {
        id,
        input: { name: '  ', dateOfBirth: '1900-01-01' },
      });
      expect(bad.code).toBe('BAD_USER_INPUT');
      expect((bad.fields as Array<{ field: string }>).map((f) => f.field).sort()).toEqual([
        'dateOfBirth',
        'name',
      ]);
      const cleared = await as(adminA).data<{ updateStudent: { schoolId: string | null } }>(
        UPDATE_STUDENT,
        { id, input: { schoolId: null } },
      );
      expect(cleared.updateStudent.schoolId).toBeNull();
    });
  });

  describe('lists and search', () => {
    it('sorts by household name then id, pages with a cursor, and searches people’s names', async () => {
      await createFamily(adminA, {
        householdName: 'Zz Page C',
        students: [{ name: 'Unusual Studentname' }],
      });
      await createFamily(adminA, {
        householdName: 'Zz Page A',
        guardians: [{ name: 'Rare Guardianname', relationship: 'father' }],
      });
      await createFamily(adminA, { householdName: 'Zz Page B 100%' });
      const page = async (variables: Record<string, unknown>) =>
        (await as(adminA).data<{ families: Page }>(FAMILIES, variables)).families;

      const first = await page({ filter: { search: 'zz page' }, first: 2 });
      expect(first.edges.map((e) => e.node.householdName)).toEqual(['Zz Page A', 'Zz Page B 100%']);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await page({
        filter: { search: 'zz page' },
        first: 2,
        after: first.pageInfo.endCursor,
      });
      expect(second.edges.map((e) => e.node.householdName)).toEqual(['Zz Page C']);
      expect(second.pageInfo.hasNextPage).toBe(false);

      const search = async (text: string) =>
        (await page({ filter: { search: text } })).edges.map((e) => e.node.householdName);
      expect(await search('guardianNAME')).toEqual(['Zz Page A']);
      expect(await search('studentname')).toEqual(['Zz Page C']);
      // "%" is taken literally, not as a wildcard.
      expect(await search('100%')).toEqual(['Zz Page B 100%']);
      expect(await search('0%')).toEqual(['Zz Page B 100%']);
      expect(await search('Page _')).toEqual([]);

      const forged = await as(adminA).errorOf(FAMILIES, {
        after: Buffer.from(JSON.stringify(['a', 'b'])).toString('base64url'),
      });
      expect(forged.code).toBe('BAD_USER_INPUT');
    });

    it('hides archived families unless asked, and restores them', async () => {
      const family = await createFamily(adminA, { householdName: 'Yy Archived household' });
      await as(adminA).data('mutation ($id: ID!) { archiveFamily(id: $id) { archivedAt } }', {
        id: family.id,
      });
      const names = async (includeArchived: boolean) =>
        (
          await as(adminA).data<{ families: Page }>(FAMILIES, {
            filter: { search: 'Yy Archived', includeArchived },
          })
        ).families.edges.map((e) => e.node.id);
      expect(await names(false)).toEqual([]);
      expect(await names(true)).toEqual([family.id]);
      const { restoreFamily } = await as(adminA).data<{
        restoreFamily: { archivedAt: string | null };
      }>('mutation ($id: ID!) { restoreFamily(id: $id) { archivedAt } }', { id: family.id });
      expect(restoreFamily.archivedAt).toBeNull();
      expect(await names(false)).toEqual([family.id]);
    });
  });

  describe('deleting', () => {
    it('refuses to delete a family or student that others refer to, and deletes otherwise', async () => {
      const family = await createFamily(adminA, {
        householdName: 'Delete household',
        guardians: [{ name: 'Del Guardian', relationship: 'mother' }],
        students: [{ name: 'Del Student' }],
      });
      const studentId = family.students[0]!.id;
      await sql(
        `INSERT INTO case_record (organization_id, family_id, student_id, title, concerns, opened_on)
         VALUES ($1, $2, $3, 'School refusal', ARRAY['SCHOOL_REFUSAL'], '2025-09-01')`,
        [adminA.activeOrganization!.id, family.id, studentId],
      );
      const deleteFamily = 'mutation ($id: ID!) { deleteFamily(id: $id) { id householdName } }';
      const deleteStudent = 'mutation ($id: ID!) { deleteStudent(id: $id) { id } }';
      const refused = await as(adminA).errorOf(deleteFamily, { id: family.id });
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toMatch(/Archive it instead/);
      expect((await as(adminA).errorOf(deleteStudent, { id: studentId })).code).toBe('CONFLICT');

      await sql('DELETE FROM case_record WHERE student_id = $1', [studentId]);
      await as(adminA).data(deleteStudent, { id: studentId });
      await as(adminA).data('mutation ($id: ID!) { deleteGuardian(id: $id) { id } }', {
        id: family.guardians[0]!.id,
      });
      const { deleteFamily: deleted } = await as(adminA).data<{
        deleteFamily: { id: string; householdName: string };
      }>(deleteFamily, { id: family.id });
      expect(deleted).toEqual({ id: family.id, householdName: 'Delete household' });
      expect(await familyCount('Delete household')).toBe('0');
    });
  });

  describe('roles', () => {
    it('lets an analyst read but not write, and only admins delete', async () => {
      const family = await createFamily(adminA, { householdName: 'Roles household' });
      const analyst = await memberOfA('analyst', 'ANALYST');
      const advocate = await memberOfA('advocate', 'ADVOCATE');

      const read = await as(analyst).data<{ family: { id: string } }>(FAMILY, { id: family.id });
      expect(read.family.id).toBe(family.id);
      const writes: Array<[string, Record<string, unknown>]> = [
        [CREATE_FAMILY, { input: { householdName: 'Analyst household' } }],
        ['mutation ($id: ID!) { archiveFamily(id: $id) { id } }', { id: family.id }],
        [ADD_STUDENT, { familyId: family.id, input: { name: 'Nope' } }],
        [ADD_GUARDIAN, { familyId: family.id, input: { name: 'Nope', relationship: 'x' } }],
      ];
      for (const [query, variables] of writes) {
        expect((await as(analyst).errorOf(query, variables)).code).toBe('FORBIDDEN');
      }

      const made = await createFamily(advocate, { householdName: 'Advocate household' });
      expect(made.householdName).toBe('Advocate household');
      const denied = await as(advocate).errorOf(
        'mutation ($id: ID!) { deleteFamily(id: $id) { id } }',
        { id: made.id },
      );
      expect(denied.code).toBe('FORBIDDEN');
    });
  });

  describe('isolation between organizations', () => {
    let family: FamilyShape;
    beforeAll(async () => {
      family = await createFamily(adminA, {
        householdName: 'Private household',
        guardians: [{ name: 'Private Guardian', relationship: 'mother' }],
        students: [{ name: 'Private Student', schoolId: schoolA }],
      });
    });

    it('answers NOT_FOUND (and changes nothing) when B uses A’s ids', async () => {
      const guardianId = family.guardians[0]!.id;
      const studentId = family.students[0]!.id;
      const calls: Array<[string, Record<string, unknown>]> = [
        [FAMILY, { id: family.id }],
        [
          'mutation ($id: ID!) { updateFamily(id: $id, input: { householdName: "Mine" }) { id } }',
          { id: family.id },
        ],
        ['mutation ($id: ID!) { archiveFamily(id: $id) { id } }', { id: family.id }],
        ['mutation ($id: ID!) { restoreFamily(id: $id) { id } }', { id: family.id }],
        ['mutation ($id: ID!) { deleteFamily(id: $id) { id } }', { id: family.id }],
        ['query ($id: ID!) { guardian(id: $id) { id } }', { id: guardianId }],
        [
          'mutation ($id: ID!) { updateGuardian(id: $id, input: { name: "Mine" }) { id } }',
          { id: guardianId },
        ],
        ['mutation ($id: ID!) { archiveGuardian(id: $id) { id } }', { id: guardianId }],
        ['mutation ($id: ID!) { restoreGuardian(id: $id) { id } }', { id: guardianId }],
        ['mutation ($id: ID!) { deleteGuardian(id: $id) { id } }', { id: guardianId }],
        ['query ($id: ID!) { student(id: $id) { id } }', { id: studentId }],
        [UPDATE_STUDENT, { id: studentId, input: { name: 'Mine' } }],
        ['mutation ($id: ID!) { archiveStudent(id: $id) { id } }', { id: studentId }],
        ['mutation ($id: ID!) { restoreStudent(id: $id) { id } }', { id: studentId }],
        ['mutation ($id: ID!) { deleteStudent(id: $id) { id } }', { id: studentId }],
      ];
      for (const [query, variables] of calls) {
        expect([query, (await as(adminB).errorOf(query, variables)).code]).toEqual([
          query,
          'NOT_FOUND',
        ]);
      }
      const { family: still } = await as(adminA).data<{ family: FamilyShape }>(FAMILY, {
        id: family.id,
      });
      expect(still).toMatchObject({ householdName: 'Private household', archivedAt: null });
      expect(still.guardians.map((g) => g.name)).toEqual(['Private Guardian']);
      expect(still.students.map((s) => s.name)).toEqual(['Private Student']);
    });

    it('answers BAD_USER_INPUT when B’s inputs name A’s records', async () => {
      const toAFamily = await as(adminB).errorOf(ADD_GUARDIAN, {
        familyId: family.id,
        input: { name: 'Intruder', relationship: 'none' },
      });
      expect(toAFamily).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'familyId', message: 'names no family of your organization' }],
      });
      const studentToA = await as(adminB).errorOf(ADD_STUDENT, {
        familyId: family.id,
        input: { name: 'Intruder' },
      });
      expect(studentToA.fields).toEqual([
        { field: 'familyId', message: 'names no family of your organization' },
      ]);
      const bFamily = await createFamily(adminB, {
        householdName: 'B household',
        students: [{ name: 'B Student', schoolId: schoolB }],
      });
      const schoolOfA = await as(adminB).errorOf(ADD_STUDENT, {
        familyId: bFamily.id,
        input: { name: 'B Second', schoolId: schoolA },
      });
      expect(schoolOfA.fields).toEqual([
        { field: 'schoolId', message: 'names no school of your organization' },
      ]);
      const moveToA = await as(adminB).errorOf(UPDATE_STUDENT, {
        id: bFamily.students[0]!.id,
        input: { schoolId: schoolA },
      });
      expect(moveToA.code).toBe('BAD_USER_INPUT');
    });

    it('lists only the organization’s own families and students', async () => {
      const { families } = await as(adminB).data<{ families: Page }>(FAMILIES, {
        filter: { search: 'private', includeArchived: true },
      });
      expect(families.edges).toEqual([]);
      const { students } = await as(adminB).data<{ students: Page }>(STUDENTS, {
        filter: { familyId: family.id, includeArchived: true },
      });
      expect(students.edges).toEqual([]);
      const all = await as(adminB).data<{ students: Page }>(STUDENTS, {
        filter: { schoolId: schoolA },
      });
      expect(all.students.edges).toEqual([]);
    });
  });
});
