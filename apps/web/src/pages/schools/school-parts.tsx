import { errorCode } from '../../errors';
import type { SchoolContactRole } from '../../gql/graphql';

/** A school contact as these pages read it. */
export interface Contact {
  id: string;
  name: string;
  role: SchoolContactRole;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  archivedAt?: string | null;
  schoolId?: string | null;
  districtId: string;
}

export const CONTACT_ROLES: SchoolContactRole[] = [
  'CASE_MANAGER',
  'TEACHER',
  'COUNSELOR',
  'PRINCIPAL',
  'ASSISTANT_PRINCIPAL',
  'SECTION_504_COORDINATOR',
  'SPECIAL_EDUCATION_DIRECTOR',
  'ATTENDANCE_OFFICER',
  'OTHER',
];

/** Why the api refused something that named no field, in the interface's words. */
export function refusal(error: unknown, t: (key: string) => string): string {
  const code = errorCode(error);
  if (code === 'NOT_FOUND') return t('schools.gone');
  if (code === 'FORBIDDEN') return t('schools.forbidden');
  if (code === 'CONFLICT') return t('schools.conflict');
  return t('common.unexpected');
}
