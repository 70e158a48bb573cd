/**
 * What each kind of import takes: its fields, which are required, and the headers a
 * spreadsheet usually gives them (compared without case, accents or punctuation). A field
 * written `a|b` in `oneOf` is satisfied by either a single column or a pair (first and last
 * name), see {@link NAME_PAIRS}.
 */
export enum ImportKind {
  FAMILIES = 'families',
  SCHOOL_CONTACTS = 'school-contacts',
}

export const IMPORT_KINDS: readonly string[] = Object.values(ImportKind);

export interface ImportField {
  key: string;
  /** Headers that name this field, most specific first. */
  aliases: string[];
}

const familyFields: ImportField[] = [
  { key: 'householdName', aliases: ['household name', 'household', 'family name', 'family'] },
  {
    key: 'guardianName',
    aliases: [
      'parent guardian name',
      'parent guardian',
      'guardian name',
      'parent name',
      'guardian',
      'parent',
      'caregiver',
    ],
  },
  {
    key: 'guardianFirstName',
    aliases: ['parent first name', 'guardian first name', 'parent guardian first name'],
  },
  {
    key: 'guardianLastName',
    aliases: ['parent last name', 'guardian last name', 'parent guardian last name'],
  },
  {
    key: 'guardianEmail',
    aliases: ['parent guardian email', 'parent email', 'guardian email', 'email', 'e mail'],
  },
  {
    key: 'guardianPhone',
    aliases: ['parent guardian phone', 'parent phone', 'guardian phone', 'phone', 'cell', 'mobile'],
  },
  { key: 'guardianRelationship', aliases: ['relationship to student', 'relationship'] },
  {
    key: 'preferredLanguage',
    aliases: ['preferred language', 'home language', 'language'],
  },
  { key: 'studentName', aliases: ['student name', 'student', 'child name', 'child'] },
  { key: 'studentFirstName', aliases: ['student first name', 'child first name'] },
  { key: 'studentLastName', aliases: ['student last name', 'child last name'] },
  {
    key: 'dateOfBirth',
    aliases: ['student dob', 'student date of birth', 'date of birth', 'dob', 'birthdate'],
  },
  { key: 'grade', aliases: ['student grade', 'grade level', 'grade'] },
  { key: 'school', aliases: ['student school', 'school name', 'school'] },
  { key: 'schoolStudentId', aliases: ['school student id', 'student id', 'student number'] },
  { key: 'plan', aliases: ['iep 504', 'plan', 'iep or 504'] },
  {
    key: 'disabilityCategories',
    aliases: ['disability categories', 'disability category', 'disabilities', 'disability'],
  },
  { key: 'caseTitle', aliases: ['case title', 'case', 'issue'] },
  { key: 'concerns', aliases: ['case concerns', 'concerns', 'concern'] },
  { key: 'caseStatus', aliases: ['case status', 'status'] },
  {
    key: 'openedOn',
    aliases: ['case opened', 'date opened', 'opened on', 'opened', 'intake date'],
  },
  { key: 'advocateEmail', aliases: ['advocate email', 'advocate'] },
];

const contactFields: ImportField[] = [
  { key: 'district', aliases: ['district name', 'school district', 'district'] },
  { key: 'school', aliases: ['school name', 'school'] },
  { key: 'name', aliases: ['contact name', 'staff name', 'full name', 'name'] },
  { key: 'firstName', aliases: ['first name', 'given name'] },
  { key: 'lastName', aliases: ['last name', 'surname', 'family name'] },
  { key: 'role', aliases: ['contact role', 'role', 'position'] },
  { key: 'title', aliases: ['job title', 'title'] },
  { key: 'email', aliases: ['email address', 'email', 'e mail'] },
  { key: 'phone', aliases: ['phone number', 'phone', 'telephone'] },
];

export const IMPORT_FIELDS: Record<ImportKind, ImportField[]> = {
  [ImportKind.FAMILIES]: familyFields,
  [ImportKind.SCHOOL_CONTACTS]: contactFields,
};

/** A name given whole, or as a first and a last name in two columns. */
export const NAME_PAIRS: Record<ImportKind, Array<[string, string, string]>> = {
  [ImportKind.FAMILIES]: [
    ['guardianName', 'guardianFirstName', 'guardianLastName'],
    ['studentName', 'studentFirstName', 'studentLastName'],
  ],
  [ImportKind.SCHOOL_CONTACTS]: [['name', 'firstName', 'lastName']],
};

/** Required besides the names: a school contact's district and role. */
export const REQUIRED_FIELDS: Record<ImportKind, string[]> = {
  [ImportKind.FAMILIES]: [],
  [ImportKind.SCHOOL_CONTACTS]: ['district', 'role'],
};

/** Which field goes in which column: field key → header as the file writes it. */
export type ColumnMapping = Record<string, string>;
