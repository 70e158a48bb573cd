import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { guessMapping } from './column-guess';
import { readCsv } from './csv-table';
import { ImportKind } from './import-fields';
import { checkFamilyRow, type FamilyRowNames } from './family-rows';
import { planFamilies } from './family-plan';

const names: FamilyRowNames = {
  schools: new Map([
    ['lincoln elementary', ['school-1']],
    ['central', ['school-2', 'school-3']],
  ]),
  members: new Map([
    ['adv@example.org', 'member-1'],
    ['analyst@example.org', 'member-2'],
  ]),
  unassignable: new Map([
    ['member-2', 'has the ANALYST role: only admins and advocates can be assigned to a case'],
  ]),
};

const mapping = {
  guardianName: 'Parent',
  guardianEmail: 'Email',
  studentName: 'Student',
  dateOfBirth: 'DOB',
  school: 'School',
  plan: 'Plan',
  caseTitle: 'Case',
  concerns: 'Concerns',
  advocateEmail: 'Advocate',
};

const row = (line: number, cells: Record<string, string>) => ({
  line,
  cells: {
    Parent: 'Ana Ruiz',
    Email: 'ana@example.org',
    Student: 'Leo Ruiz',
    DOB: '',
    School: '',
    Plan: '',
    Case: '',
    Concerns: '',
    Advocate: '',
    ...cells,
  },
});

describe('checking a row of a families file', () => {
  it('builds the intake inputs: trimmed, canonical, the school found without case or accents', async () => {
    const checked = await checkFamilyRow(
      row(2, {
        Email: ' ANA@Example.org ',
        School: 'Lincoln  Elementary',
        Plan: '504',
        DOB: '3/14/2014',
      }),
      mapping,
      names,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.householdName).toBe('Ruiz household');
    expect(checked.guardian).toMatchObject({
      name: 'Ana Ruiz',
      email: 'ana@example.org',
      relationship: 'parent',
      preferredLanguage: 'en',
    });
    expect(checked.student).toMatchObject({
      name: 'Leo Ruiz',
      schoolId: 'school-1',
      plan: 'SECTION_504',
      dateOfBirth: '2014-03-14',
    });
    expect(checked.case).toBeNull();
  });

  it('names each problem by row and column, with the create operations’ own words', async () => {
    const checked = await checkFamilyRow(
      row(7, {
        Student: ' ',
        School: 'Central',
        DOB: '1980-01-01',
        Case: 'Refusal',
        Concerns: 'Refusal',
        Advocate: 'analyst@example.org',
      }),
      mapping,
      names,
    );
    expect(checked.problems).toEqual([
      {
        row: 7,
        column: 'School',
        message: '"Central" names 2 schools in your directory: rename one to tell them apart',
      },
      { row: 7, column: 'Student', message: 'must not be empty' },
      { row: 7, column: 'DOB', message: 'must be on or after 1990-01-01: check the year' },
      { row: 7, column: 'Concerns', message: 'must be one of the case concerns' },
      {
        row: 7,
        column: 'Advocate',
        message:
          'analyst@example.org has the ANALYST role: only admins and advocates can be assigned to a case',
      },
    ]);
  });

  it('plans one family for the rows of one guardian email, one student per name and birth date', async () => {
    const rows = await Promise.all([
      checkFamilyRow(
        row(2, { Case: 'Refusal', Concerns: 'school refusal', Advocate: 'adv@example.org' }),
        mapping,
        names,
      ),
      checkFamilyRow(row(3, { Case: 'IEP', Concerns: 'IEP not working' }), mapping, names),
      checkFamilyRow(row(4, { Student: 'Mia Ruiz' }), mapping, names),
    ]);
    const plan = planFamilies(
      rows,
      { familyOfEmail: new Map(), students: new Map() },
      names.members,
    );
    expect(plan.families).toHaveLength(1);
    expect(plan.families[0]?.guardians).toHaveLength(1);
    expect(plan.families[0]?.students.map((s) => s.input.name)).toEqual(['Leo Ruiz', 'Mia Ruiz']);
    expect(
      plan.cases.map((c) => [
        c.studentId === plan.families[0]?.students[0]?.id,
        c.advocateIds.length,
      ]),
    ).toEqual([
      [true, 1],
      [true, 0],
    ]);
  });
});

describe('rows of one family', () => {
  it('joins a second guardian with another email by the household name in the file', async () => {
    const withHousehold = { ...mapping, householdName: 'Household' };
    const rows = await Promise.all([
      checkFamilyRow(row(2, { Household: 'Ruiz household' }), withHousehold, names),
      checkFamilyRow(
        row(3, { Household: 'Ruiz household', Parent: 'Tomás Ruiz', Email: 'tomas@example.org' }),
        withHousehold,
        names,
      ),
      checkFamilyRow(
        row(4, {
          Household: 'Lee household',
          Parent: 'Kim Lee',
          Email: 'kim@example.org',
          Student: 'Jo Lee',
        }),
        withHousehold,
        names,
      ),
    ]);
    const plan = planFamilies(
      rows,
      { familyOfEmail: new Map([['kim@example.org', 'family-on-record']]), students: new Map() },
      names.members,
    );
    expect(
      plan.families.map((f) => [f.householdName, f.guardians.length, f.students.length]),
    ).toEqual([
      ['Ruiz household', 2, 1],
      [null, 0, 1],
    ]);
    expect(plan.families[1]?.id).toBe('family-on-record');
  });
});

describe('the sample file the README points to', () => {
  it('reads without a problem, as two families and two students', async () => {
    const table = readCsv(
      readFileSync(join(__dirname, '../../../docs/samples/families-import.csv'), 'utf8'),
    );
    const guessed = guessMapping(ImportKind.FAMILIES, table.headers);
    const sampleNames: FamilyRowNames = {
      schools: new Map([['maple valley middle school', ['school-1']]]),
      members: new Map([['marcus.advocate@demo.onrecord.example', 'member-1']]),
      unassignable: new Map(),
    };
    const rows = await Promise.all(table.rows.map((r) => checkFamilyRow(r, guessed, sampleNames)));
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
    const plan = planFamilies(
      rows,
      { familyOfEmail: new Map(), students: new Map() },
      sampleNames.members,
    );
    expect(
      plan.families.map((f) => [f.householdName, f.guardians.length, f.students.length]),
    ).toEqual([
      ['Navarro household', 2, 1],
      ['Okafor-Reed household', 1, 1],
    ]);
    expect(plan.cases.map((c) => [c.fields.status, c.fields.openedOn, c.advocateIds])).toEqual([
      ['ACTIVE', '2025-09-08', ['member-1']],
      ['INTAKE', undefined, []],
    ]);
  });
});
