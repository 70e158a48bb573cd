import { CaseConcern, CaseOpeningFields, CaseStatus } from '@onrecord/cases';
import { GuardianInput, StudentInput, StudentPlan } from '@onrecord/families';
import { checkInput } from '@onrecord/platform/graphql';
import { plainWords } from './column-guess';
import { enumValue, isoDate, joinedName, languageTag, listItems, ownNames } from './cell-values';
import type { CsvTable } from './csv-table';
import type { ColumnMapping } from './import-fields';
import type { ByName } from './import-lookups';
import { rowProblems, type ImportProblem } from './import-problem';

const PLANS = {
  ...ownNames(Object.values(StudentPlan)),
  '504': StudentPlan.SECTION_504,
  '504 plan': StudentPlan.SECTION_504,
  'iep plan': StudentPlan.IEP,
  no: StudentPlan.NONE,
  'no plan': StudentPlan.NONE,
  evaluation: StudentPlan.BEING_EVALUATED,
  evaluating: StudentPlan.BEING_EVALUATED,
  'in evaluation': StudentPlan.BEING_EVALUATED,
};

const CONCERNS = {
  ...ownNames(Object.values(CaseConcern)),
  truancy: CaseConcern.ATTENDANCE_LETTERS,
  'attendance letter': CaseConcern.ATTENDANCE_LETTERS,
  'truancy letters': CaseConcern.ATTENDANCE_LETTERS,
  iep: CaseConcern.IEP_NOT_WORKING,
  fba: CaseConcern.BEHAVIOR_PLAN_FBA,
  'behavior plan': CaseConcern.BEHAVIOR_PLAN_FBA,
  bullying: CaseConcern.BULLYING_AVOIDANCE,
  avoidance: CaseConcern.BULLYING_AVOIDANCE,
  'school avoidance': CaseConcern.BULLYING_AVOIDANCE,
  fape: CaseConcern.ATTENDANCE_VS_FAPE,
};

/** Which import field each input field comes from, to name the column of a problem. */
const GUARDIAN_COLUMNS = {
  name: 'guardianName',
  email: 'guardianEmail',
  phone: 'guardianPhone',
  relationship: 'guardianRelationship',
  preferredLanguage: 'preferredLanguage',
};
const STUDENT_COLUMNS = {
  name: 'studentName',
  dateOfBirth: 'dateOfBirth',
  grade: 'grade',
  schoolStudentId: 'schoolStudentId',
  plan: 'plan',
  disabilityCategories: 'disabilityCategories',
};
const CASE_COLUMNS = {
  title: 'caseTitle',
  concerns: 'concerns',
  openedOn: 'openedOn',
  status: 'caseStatus',
};

/** One row of a families file, checked: one guardian, one student, at most one case. */
export interface FamilyRow {
  line: number;
  problems: ImportProblem[];
  /** Rows sharing any of these are one family (see familyKeys). */
  familyKeys: string[];
  householdName: string;
  guardian: GuardianInput;
  student: StudentInput;
  case: { fields: CaseOpeningFields; advocateEmail: string | null } | null;
}

export interface FamilyRowNames {
  schools: ByName;
  /** Advocate emails (lower case) → membership id. */
  members: Map<string, string>;
  /** Membership id → why it cannot be assigned to a case. */
  unassignable: Map<string, string>;
}

/**
 * What makes rows one family: the same guardian email, or the same household name written in
 * the file (so a second guardian with another email joins by the household). A row with
 * neither is its own family, unless another has the same guardian name.
 */
export function familyKeys(householdNameInFile: string, guardian: GuardianInput): string[] {
  const keys: string[] = [];
  if (guardian.email) keys.push(`email:${guardian.email}`);
  if (householdNameInFile) keys.push(`household:${plainWords(householdNameInFile)}`);
  if (!keys.length) keys.push(`guardian:${plainWords(guardian.name ?? '')}`);
  return keys;
}

/** A household name when the file has none: "Garcia household", from the guardian's last name. */
function defaultHouseholdName(lastName: string, name: string): string {
  const last = lastName || name.split(/\s+/).filter(Boolean).pop() || name;
  return last ? `${last} household` : '';
}

/**
 * Checks one row with the rules of intake (GuardianInput, StudentInput) and of openCase
 * (CaseOpeningFields), and finds its school and advocate; every problem names the column.
 */
export async function checkFamilyRow(
  row: CsvTable['rows'][number],
  mapping: ColumnMapping,
  names: FamilyRowNames,
): Promise<FamilyRow> {
  const cell = (key: string) => (mapping[key] ? (row.cells[mapping[key]] ?? '') : '');
  const column = (key: string) => mapping[key] ?? null;
  const problems: ImportProblem[] = [];
  const line = row.line;
  // A name's problem is on its whole-name column, else on its first-name column.
  const nameColumn = (whole: string, first: string) => (mapping[whole] ? whole : first);

  const guardianName = joinedName(
    cell('guardianName'),
    cell('guardianFirstName'),
    cell('guardianLastName'),
  );
  const guardian = await checkInput(GuardianInput, {
    name: guardianName,
    email: cell('guardianEmail') || null,
    phone: cell('guardianPhone') || null,
    // Most spreadsheets do not say; intake requires one.
    relationship: cell('guardianRelationship') || 'parent',
    preferredLanguage: languageTag(cell('preferredLanguage')),
  });
  const guardianColumns = {
    ...GUARDIAN_COLUMNS,
    name: nameColumn('guardianName', 'guardianFirstName'),
  };
  problems.push(...rowProblems(line, guardian.problems, mapping, guardianColumns));

  let schoolId: string | null = null;
  const school = cell('school');
  if (school) {
    const ids = names.schools.get(plainWords(school)) ?? [];
    if (ids.length === 1) schoolId = ids[0] ?? null;
    else
      problems.push({
        row: line,
        column: column('school'),
        message: ids.length
          ? `"${school}" names ${ids.length} schools in your directory: rename one to tell them apart`
          : `"${school}" is not a school in your directory: add it, or correct the name`,
      });
  }
  const dateOfBirth = cell('dateOfBirth');
  const plan = cell('plan');
  const student = await checkInput(StudentInput, {
    name: joinedName(cell('studentName'), cell('studentFirstName'), cell('studentLastName')),
    dateOfBirth: dateOfBirth ? isoDate(dateOfBirth) : null,
    grade: cell('grade') || null,
    schoolStudentId: cell('schoolStudentId') || null,
    schoolId,
    ...(plan ? { plan: enumValue(plan, PLANS) } : {}),
    disabilityCategories: listItems(cell('disabilityCategories')),
  });
  const studentColumns = {
    ...STUDENT_COLUMNS,
    name: nameColumn('studentName', 'studentFirstName'),
  };
  problems.push(...rowProblems(line, student.problems, mapping, studentColumns));

  const caseCells = ['caseTitle', 'concerns', 'caseStatus', 'openedOn', 'advocateEmail'];
  let opened: FamilyRow['case'] = null;
  if (caseCells.some((key) => cell(key))) {
    const openedOn = cell('openedOn');
    const status = cell('caseStatus');
    const fields = await checkInput(CaseOpeningFields, {
      title: cell('caseTitle'),
      concerns: listItems(cell('concerns')).map((concern) => enumValue(concern, CONCERNS)),
      ...(openedOn ? { openedOn: isoDate(openedOn) } : {}),
      ...(status ? { status: enumValue(status, ownNames(Object.values(CaseStatus))) } : {}),
    });
    problems.push(...rowProblems(line, fields.problems, mapping, CASE_COLUMNS));
    const advocateEmail = cell('advocateEmail').toLowerCase() || null;
    if (advocateEmail) {
      const memberId = names.members.get(advocateEmail);
      const refusal = memberId
        ? names.unassignable.get(memberId)
        : 'names no member of your organization';
      if (refusal)
        problems.push({
          row: line,
          column: column('advocateEmail'),
          message: `${advocateEmail} ${refusal}`,
        });
    }
    opened = { fields: fields.input, advocateEmail };
  }

  const householdName =
    cell('householdName') ||
    defaultHouseholdName(cell('guardianLastName'), guardian.input.name ?? '');
  return {
    line,
    problems,
    familyKeys: familyKeys(cell('householdName'), guardian.input),
    householdName,
    guardian: guardian.input,
    student: student.input,
    case: opened,
  };
}
