import type { CaseConcern, StudentPlan } from '../../gql/graphql';

export const CONCERNS: CaseConcern[] = [
  'SCHOOL_REFUSAL',
  'ATTENDANCE_LETTERS',
  'ATTENDANCE_VS_FAPE',
  'BULLYING_AVOIDANCE',
  'EVALUATION',
  'IEP_NOT_WORKING',
  'BEHAVIOR_PLAN_FBA',
  'OTHER',
];

export const PLANS: StudentPlan[] = ['NONE', 'BEING_EVALUATED', 'IEP', 'SECTION_504'];

/** Languages families most often speak in US schools, first the two OnRecord writes in. */
export const GUARDIAN_LANGUAGES = [
  'en',
  'es',
  'vi',
  'zh',
  'ar',
  'ht',
  'pt',
  'ru',
  'ko',
  'tl',
  'so',
  'fr',
];

/** "new": a family typed here; "existing": one the organization already has. */
export type FamilyMode = 'new' | 'existing';

export interface IntakeValues {
  familyMode: FamilyMode;
  householdName: string;
  guardian: {
    name: string;
    relationship: string;
    email: string;
    phone: string;
    preferredLanguage: string;
  };
  /** The chosen family, when existing. */
  familyId: string | null;
  /** A student of the chosen family, or NEW_STUDENT for one typed here. */
  studentChoice: string;
  student: {
    name: string;
    dateOfBirth: string;
    grade: string;
    plan: StudentPlan;
    schoolId: string | null;
  };
  title: string;
  concerns: CaseConcern[];
  /** The member the case is assigned to (admins choose; others are assigned themselves). */
  advocateId: string | null;
}

export const NEW_STUDENT = 'new';

export function initialValues(language: string): IntakeValues {
  return {
    familyMode: 'new',
    householdName: '',
    guardian: {
      name: '',
      relationship: '',
      email: '',
      phone: '',
      preferredLanguage: language === 'es' ? 'es' : 'en',
    },
    familyId: null,
    studentChoice: NEW_STUDENT,
    student: { name: '', dateOfBirth: '', grade: '', plan: 'NONE', schoolId: null },
    title: '',
    concerns: [],
    advocateId: null,
  };
}

/** Empty text is "not given" for the api. */
const given = (value: string): string | null => (value.trim() ? value.trim() : null);

export function guardianInput(values: IntakeValues) {
  const g = values.guardian;
  return {
    name: g.name,
    relationship: g.relationship,
    email: given(g.email),
    phone: given(g.phone),
    preferredLanguage: g.preferredLanguage,
  };
}

export function studentInput(values: IntakeValues) {
  const s = values.student;
  return {
    name: s.name,
    dateOfBirth: given(s.dateOfBirth),
    grade: given(s.grade),
    plan: s.plan,
    schoolId: s.schoolId || null,
  };
}

/** Whether the student is typed here (a new family's, or a new one of an existing family). */
export const typesStudent = (values: IntakeValues): boolean =>
  values.familyMode === 'new' || values.studentChoice === NEW_STUDENT;

const STUDENT_FIELDS = ['name', 'dateOfBirth', 'grade', 'plan', 'schoolId'];
const GUARDIAN_FIELDS = ['name', 'relationship', 'email', 'phone', 'preferredLanguage'];

/**
 * The form field an api problem is about, from the call that was refused and the problem's
 * path: createFamily's `guardians.0.email` is `guardian.email`; addStudent's `name` is
 * `student.name`; openCase's `advocateIds.0` is `advocateId`. Null: no field of the form.
 */
export function formField(
  call: 'createFamily' | 'addStudent' | 'openCase',
  path: string,
): string | null {
  const parts = path.replace(/^input\./, '').split('.');
  const [head, , leaf] = parts;
  if (call === 'createFamily') {
    if (head === 'householdName') return 'householdName';
    if (head === 'guardians' && leaf && GUARDIAN_FIELDS.includes(leaf)) return `guardian.${leaf}`;
    if (head === 'students' && leaf && STUDENT_FIELDS.includes(leaf)) return `student.${leaf}`;
    return null;
  }
  if (call === 'addStudent')
    return head && STUDENT_FIELDS.includes(head) ? `student.${head}` : null;
  if (head === 'title' || head === 'concerns') return head;
  if (head === 'advocateIds') return 'advocateId';
  if (head === 'studentId') return 'studentChoice';
  if (head === 'familyId') return 'familyId';
  return null;
}
