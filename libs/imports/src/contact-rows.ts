import { CreateSchoolContactInput, SchoolContactRole } from '@onrecord/directory';
import { checkInput } from '@onrecord/platform/graphql';
import { plainWords } from './column-guess';
import { enumValue, joinedName, ownNames } from './cell-values';
import type { CsvTable } from './csv-table';
import type { ColumnMapping } from './import-fields';
import { contactKey, type ByName } from './import-lookups';
import { rowProblems, type ImportProblem } from './import-problem';

const ROLES = {
  ...ownNames(Object.values(SchoolContactRole)),
  'sped director': SchoolContactRole.SPECIAL_EDUCATION_DIRECTOR,
  'special ed director': SchoolContactRole.SPECIAL_EDUCATION_DIRECTOR,
  'director of special education': SchoolContactRole.SPECIAL_EDUCATION_DIRECTOR,
  'school counselor': SchoolContactRole.COUNSELOR,
  'guidance counselor': SchoolContactRole.COUNSELOR,
  ap: SchoolContactRole.ASSISTANT_PRINCIPAL,
  '504 coordinator': SchoolContactRole.SECTION_504_COORDINATOR,
  'truancy officer': SchoolContactRole.ATTENDANCE_OFFICER,
  'special education teacher': SchoolContactRole.TEACHER,
};

const CONTACT_COLUMNS = { role: 'role', title: 'title', email: 'email', phone: 'phone' };

export interface ContactRow {
  line: number;
  problems: ImportProblem[];
  input: CreateSchoolContactInput;
}

/**
 * Checks one row of a school contacts file with createSchoolContact's rules, after finding
 * its district by name and its school (if any) by name within that district.
 */
export async function checkContactRow(
  row: CsvTable['rows'][number],
  mapping: ColumnMapping,
  names: { districts: ByName; schools: ByName; districtOfSchool: Map<string, string> },
): Promise<ContactRow> {
  const cell = (key: string) => (mapping[key] ? (row.cells[mapping[key]] ?? '') : '');
  const problems: ImportProblem[] = [];
  const problem = (key: string, message: string) =>
    problems.push({ row: row.line, column: mapping[key] ?? null, message });

  const district = cell('district');
  const districtIds = names.districts.get(plainWords(district)) ?? [];
  const districtId = districtIds.length === 1 ? (districtIds[0] ?? '') : '';
  if (!district) problem('district', 'must not be empty');
  else if (!districtIds.length)
    problem(
      'district',
      `"${district}" is not a district in your directory: add it, or correct the name`,
    );
  else if (districtIds.length > 1)
    problem(
      'district',
      `"${district}" names ${districtIds.length} districts: rename one to tell them apart`,
    );

  let schoolId: string | null = null;
  const school = cell('school');
  if (school && districtId) {
    const ids = (names.schools.get(plainWords(school)) ?? []).filter(
      (id) => names.districtOfSchool.get(id) === districtId,
    );
    if (ids.length === 1) schoolId = ids[0] ?? null;
    else problem('school', `"${school}" is not a school of ${district} in your directory`);
  }

  const role = cell('role');
  const checked = await checkInput(CreateSchoolContactInput, {
    districtId,
    schoolId,
    name: joinedName(cell('name'), cell('firstName'), cell('lastName')),
    role: role ? enumValue(role, ROLES) : role,
    title: cell('title') || null,
    email: cell('email').toLowerCase() || null,
    phone: cell('phone') || null,
  });
  const columns = { ...CONTACT_COLUMNS, name: mapping['name'] ? 'name' : 'firstName' };
  // The district and school were looked up above, with their own words.
  const own = checked.problems.filter((p) => p.field !== 'districtId' && p.field !== 'schoolId');
  problems.push(...rowProblems(row.line, own, mapping, columns));
  return { line: row.line, problems, input: checked.input };
}

/**
 * Leaves out, with a problem each, the rows of contacts the directory already has (same
 * district, school, name and email) and rows that repeat an earlier row of the file: a
 * contacts list imported again, or updated and imported again, adds only who is new.
 */
export function leaveOutRepeatedContacts(
  rows: readonly ContactRow[],
  onRecord: ReadonlySet<string>,
  mapping: ColumnMapping,
): void {
  const column = mapping['name'] ?? mapping['firstName'] ?? null;
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    if (row.problems.length) continue;
    const key = contactKey(row.input);
    const earlier = firstLine.get(key);
    if (onRecord.has(key)) {
      row.problems.push({
        row: row.line,
        column,
        message: 'is already in your directory (same name and email there): left out',
      });
    } else if (earlier !== undefined) {
      row.problems.push({
        row: row.line,
        column,
        message: `repeats row ${earlier}: left out`,
      });
    } else {
      firstLine.set(key, row.line);
    }
  }
}
