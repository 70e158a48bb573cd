import { superuserQuery } from '@onrecord/platform/database/testing';
import { createTestApp, joinAs, ApiClient, type TestApp } from '@onrecord/platform/testing';
import { followUpOrganization, type FollowUpOrganization } from '@onrecord/test-fixtures';
import { csvOf, IMPORTS_API, postImport } from './testing/imports-api';

const HEADERS = [
  'Family',
  'Parent/Guardian Name',
  'Email',
  'Phone',
  'Preferred language',
  'Student Name',
  'Student DOB',
  'Grade',
  'School',
  'Plan',
  'Case',
  'Concerns',
  'Advocate email',
];

interface Problem {
  row: number;
  column: string | null;
  message: string;
}

/**
 * The CSV import through the api, as the console uses it, against real PostgreSQL: the dry
 * run checks every row and writes nothing; the import is all or nothing unless only the good
 * rows are asked for; rows of one family make one family; everything lands in the importing
 * organization only; the mapping is kept for the next file; school contacts the same way.
 */
describe('CSV import', () => {
  let api: TestApp;
  let a: FollowUpOrganization;
  let b: FollowUpOrganization;

  const count = async (table: string, org: FollowUpOrganization) =>
    (
      await superuserQuery<{ n: number }>(
        api.adminUrl,
        `SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`,
        [org.organizationId],
      )
    )[0]?.n ?? 0;

  /** One row of the families file; `school` and `advocate` default to organization A's. */
  const row = (n: number, over: Partial<Record<string, string>> = {}) => {
    const values: Record<string, string> = {
      Family: `Import ${n} household`,
      'Parent/Guardian Name': `Parent ${n}`,
      Email: `parent${n}@import.example.org`,
      Phone: '(512) 555-0100',
      'Preferred language': n % 2 ? 'Spanish' : 'English',
      'Student Name': `Student ${n}`,
      'Student DOB': '3/14/2014',
      Grade: '5',
      School: 'importsa elementary',
      Plan: 'IEP',
      Case: `School refusal ${n}`,
      Concerns: 'School refusal; bullying',
      'Advocate email': 'importsa@example.org',
      ...over,
    };
    return HEADERS.map((header) => values[header] ?? '');
  };

  beforeAll(async () => {
    api = await createTestApp(IMPORTS_API);
    a = await followUpOrganization(api.url, api.adminUrl, 'importsa');
    b = await followUpOrganization(api.url, api.adminUrl, 'importsb');
  });

  afterAll(() => api?.close());

  it('dry-runs a file: guesses the columns, names every problem by row and column, writes nothing', async () => {
    const csv =
      '\uFEFF' +
      csvOf([
        HEADERS,
        row(1),
        row(2, { 'Student DOB': '2099-01-01', School: 'Nowhere High' }),
        row(3, { Email: 'not-an-email', Concerns: 'astrology' }),
      ]);
    const families = await count('family', a);
    const { status, body } = await postImport(api.url, a.client.token, 'preview', {
      kind: 'families',
      csv,
    });
    expect(status).toBe(200);
    expect(body['mappingFrom']).toBe('GUESSED');
    expect(body['mapping']).toMatchObject({
      householdName: 'Family',
      guardianName: 'Parent/Guardian Name',
      guardianEmail: 'Email',
      preferredLanguage: 'Preferred language',
      dateOfBirth: 'Student DOB',
      school: 'School',
      advocateEmail: 'Advocate email',
    });
    expect(body['rows']).toBe(3);
    expect(body['goodRows']).toBe(1);
    const problems = body['problems'] as Problem[];
    expect(problems.map((p) => [p.row, p.column])).toEqual(
      expect.arrayContaining([
        [3, 'Student DOB'],
        [3, 'School'],
        [4, 'Email'],
        [4, 'Concerns'],
      ]),
    );
    expect(problems.find((p) => p.column === 'School')?.message).toContain('Nowhere High');
    expect(await count('family', a)).toBe(families);
  });

  it('imports all or nothing: one bad row and nothing is written', async () => {
    const before = await Promise.all(
      ['family', 'guardian', 'student', 'case_record'].map((t) => count(t, a)),
    );
    const { status, body } = await postImport(api.url, a.client.token, 'run', {
      kind: 'families',
      csv: csvOf([HEADERS, row(10), row(11, { 'Student Name': '' })]),
    });
    expect(status).toBe(400);
    expect(body['message']).toContain('nothing was imported');
    expect(body['fields']).toEqual([
      { field: 'row 3, Student Name', message: 'must not be empty' },
    ]);
    const after = await Promise.all(
      ['family', 'guardian', 'student', 'case_record'].map((t) => count(t, a)),
    );
    expect(after).toEqual(before);
  });

  it('imports only the good rows when asked', async () => {
    const families = await count('family', a);
    const { status, body } = await postImport(api.url, a.client.token, 'run', {
      kind: 'families',
      csv: csvOf([HEADERS, row(20), row(21, { 'Student Name': '' }), row(22)]),
      goodRowsOnly: true,
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ imported: true, rows: 3, goodRows: 2 });
    expect(body['counts']).toMatchObject({ families: 2, guardians: 2, students: 2, cases: 2 });
    expect(await count('family', a)).toBe(families + 2);
    const [student] = await superuserQuery<Record<string, unknown>>(
      api.adminUrl,
      `SELECT s.date_of_birth::text AS dob, s.plan, s.grade, g.preferred_language, g.phone,
              c.concerns, c.status, (SELECT count(*)::int FROM case_assignment ca WHERE ca.case_id = c.id) AS advocates,
              (SELECT count(*)::int FROM audit_event e WHERE e.entity_id = c.id::text) AS audited
         FROM student s JOIN guardian g ON g.family_id = s.family_id
         JOIN case_record c ON c.student_id = s.id
        WHERE s.organization_id = $1 AND s.name = 'Student 20'`,
      [a.organizationId],
    );
    expect(student).toEqual({
      dob: '2014-03-14',
      plan: 'IEP',
      grade: '5',
      preferred_language: 'en',
      phone: '+15125550100',
      concerns: ['SCHOOL_REFUSAL', 'BULLYING_AVOIDANCE'],
      status: 'INTAKE',
      advocates: 1,
      audited: 1,
    });
  });

  it('makes one family of the rows of one family, and joins a family already on record', async () => {
    const families = await count('family', a);
    const students = await count('student', a);
    const { body } = await postImport(api.url, a.client.token, 'run', {
      kind: 'families',
      csv: csvOf([
        HEADERS,
        row(30, { 'Student Name': 'First Child' }),
        row(30, { 'Student Name': 'Second Child', Case: '', Concerns: '', 'Advocate email': '' }),
        // The fixture's family: its guardian's email is on record.
        row(31, { Email: a.guardianEmail.toUpperCase(), 'Student Name': 'New Sibling' }),
      ]),
    });
    expect(body).toMatchObject({ imported: true });
    expect(body['counts']).toMatchObject({ families: 1, joinedFamilies: 1, students: 3, cases: 2 });
    expect(await count('family', a)).toBe(families + 1);
    expect(await count('student', a)).toBe(students + 3);
    const siblings = await superuserQuery<{ name: string }>(
      api.adminUrl,
      `SELECT s.name FROM student s JOIN guardian g ON g.family_id = s.family_id
        WHERE g.email = $1 ORDER BY s.name`,
      [a.guardianEmail],
    );
    expect(siblings.map((s) => s.name)).toEqual(['New Sibling', 'Sam Student importsa']);
  });

  it('writes into the importing organization only: another organization’s school and advocate are unknown', async () => {
    const bFamilies = await count('family', b);
    const { body } = await postImport(api.url, b.client.token, 'preview', {
      kind: 'families',
      csv: csvOf([HEADERS, row(40)]),
    });
    const problems = body['problems'] as Problem[];
    expect(problems.map((p) => p.column).sort()).toEqual(['Advocate email', 'School']);
    const mine = await postImport(api.url, b.client.token, 'run', {
      kind: 'families',
      csv: csvOf([HEADERS, row(41, { School: 'importsb elementary', 'Advocate email': '' })]),
    });
    expect(mine.status).toBe(200);
    expect(await count('family', b)).toBe(bFamilies + 1);
    const seen = await b.client.data<{
      families: { edges: Array<{ node: { householdName: string } }> };
    }>('{ families(first: 100) { edges { node { householdName } } } }');
    const names = seen.families.edges.map((e) => e.node.householdName);
    expect(names).toContain('Import 41 household');
    expect(names.filter((n) => n.startsWith('Import 2') || n.startsWith('Import 3'))).toEqual([]);
  });

  it('keeps the mapping an admin chose and offers it for the next file', async () => {
    const headers = ['Kid', 'Mom or Dad', 'Contact'];
    const mapping = { studentName: 'Kid', guardianName: 'Mom or Dad', guardianEmail: 'Contact' };
    const csv = csvOf([headers, ['Lee Kid', 'Lee Parent', 'lee@import.example.org']]);
    const guessed = await postImport(api.url, a.client.token, 'preview', { kind: 'families', csv });
    expect(guessed.body['mappingProblems']).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'mapping.studentName' })]),
    );
    const run = await postImport(api.url, a.client.token, 'run', {
      kind: 'families',
      csv,
      mapping,
    });
    expect(run.body['imported']).toBe(true);
    const next = await postImport(api.url, a.client.token, 'preview', {
      kind: 'families',
      csv: csvOf([headers, ['Ash Kid', 'Ash Parent', 'ash@import.example.org']]),
    });
    expect(next.body).toMatchObject({ mappingFrom: 'SAVED', mapping, goodRows: 1, problems: [] });
    // Another organization has its own, from its own file: none of these columns.
    const other = await postImport(api.url, b.client.token, 'preview', { kind: 'families', csv });
    expect(other.body).toMatchObject({ mappingFrom: 'SAVED', mapping: {} });
  });

  it('imports school contacts into the directory, by district and school name', async () => {
    const contacts = await count('school_contact', a);
    const csv = csvOf([
      ['District', 'School', 'First Name', 'Last Name', 'Role', 'Email', 'Phone'],
      [
        'IMPORTSA ISD',
        'Importsa Elementary',
        'Casey',
        'Manager',
        'Case manager',
        'casey@school.example.org',
        '512-555-0101',
      ],
      ['importsa isd', '', 'Drew', 'Director', 'SpEd Director', 'drew@district.example.org', ''],
      ['Unknown ISD', '', 'Lost', 'Person', 'Teacher', '', ''],
      ['importsa isd', '', 'Pat', 'Wrong', 'janitor', '', ''],
    ]);
    const preview = await postImport(api.url, a.client.token, 'preview', {
      kind: 'school-contacts',
      csv,
    });
    expect((preview.body['problems'] as Problem[]).map((p) => [p.row, p.column])).toEqual([
      [4, 'District'],
      [5, 'Role'],
    ]);
    const run = await postImport(api.url, a.client.token, 'run', {
      kind: 'school-contacts',
      csv,
      goodRowsOnly: true,
    });
    expect(run.body['counts']).toMatchObject({ schoolContacts: 2 });
    expect(await count('school_contact', a)).toBe(contacts + 2);
    const [casey] = await superuserQuery<Record<string, unknown>>(
      api.adminUrl,
      `SELECT c.name, c.role, c.phone, s.name AS school FROM school_contact c
         LEFT JOIN school s ON s.id = c.school_id WHERE c.email = 'casey@school.example.org'`,
    );
    expect(casey).toEqual({
      name: 'Casey Manager',
      role: 'CASE_MANAGER',
      phone: '+15125550101',
      school: 'importsa Elementary',
    });

    // The list imported again, with one new contact given twice: only the new one is added.
    const again = csvOf([
      ['District', 'School', 'First Name', 'Last Name', 'Role', 'Email', 'Phone'],
      [
        'Importsa ISD',
        'importsa elementary',
        ' casey ',
        'MANAGER',
        'Case manager',
        'Casey@School.example.org',
        '',
      ],
      ['importsa isd', '', 'Drew', 'Director', 'SpEd Director', 'drew@district.example.org', ''],
      ['importsa isd', '', 'Robin', 'New', 'Teacher', 'robin@district.example.org', ''],
      ['importsa isd', '', 'Robin', 'New', 'Teacher', 'robin@district.example.org', ''],
    ]);
    const second = await postImport(api.url, a.client.token, 'preview', {
      kind: 'school-contacts',
      csv: again,
    });
    expect(second.body).toMatchObject({ goodRows: 1 });
    expect(second.body['problems']).toEqual([
      {
        row: 2,
        column: 'First Name',
        message: 'is already in your directory (same name and email there): left out',
      },
      {
        row: 3,
        column: 'First Name',
        message: 'is already in your directory (same name and email there): left out',
      },
      { row: 5, column: 'First Name', message: 'repeats row 4: left out' },
    ]);
    const rerun = await postImport(api.url, a.client.token, 'run', {
      kind: 'school-contacts',
      csv: again,
      goodRowsOnly: true,
    });
    expect(rerun.body['counts']).toMatchObject({ schoolContacts: 1 });
    expect(await count('school_contact', a)).toBe(contacts + 3);
  });

  it('is for admins: an advocate is refused, and a bad form names its field', async () => {
    const advocate = await joinAs(
      new ApiClient(api.url),
      api.adminUrl,
      'importsadvocate',
      a.organizationId,
      'ADVOCATE',
    );
    const refused = await postImport(api.url, advocate.accessToken, 'preview', {
      kind: 'families',
      csv: csvOf([HEADERS, row(50)]),
    });
    expect(refused.status).toBe(403);
    const badKind = await postImport(api.url, a.client.token, 'preview', {
      kind: 'pets',
      csv: 'a\n1',
    });
    expect(badKind).toMatchObject({ status: 400, body: { fields: [{ field: 'kind' }] } });
    const badCsv = await postImport(api.url, a.client.token, 'preview', {
      kind: 'families',
      csv: 'a,"b\n1,2',
    });
    expect(badCsv).toMatchObject({ status: 400, body: { fields: [{ field: 'file' }] } });
  });
});
