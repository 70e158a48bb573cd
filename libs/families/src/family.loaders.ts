import { IsNull } from 'typeorm';
import { type RequestContext } from '@onrecord/platform/request';
import { byIds, groupedBy } from '@onrecord/platform/database';
import { Family } from './family.entity';
import { Guardian } from './guardian.entity';
import { Student } from './student.entity';

/**
 * Every field that resolves a family, student or guardian goes through these, so a list of
 * N records costs one query per relation. Lookups by id return archived rows too: a case
 * keeps showing its family after the family is archived.
 */
const families = (request: RequestContext) =>
  request.loader<string, Family>('family-by-id', (scope, ids) => byIds(scope, Family, ids));

const students = (request: RequestContext) =>
  request.loader<string, Student>('student-by-id', (scope, ids) => byIds(scope, Student, ids));

export function loadFamily(request: RequestContext, id: string): Promise<Family | null> {
  return families(request).load(id);
}

export function loadStudent(request: RequestContext, id: string): Promise<Student | null> {
  return students(request).load(id);
}

/** Families the request has already read (joined to the records that name them): no query later. */
export function knownFamilies(request: RequestContext, found: readonly Family[]): void {
  for (const family of found) families(request).prime(family.id, family);
}

/** Students the request has already read (joined to the records that name them): no query later. */
export function knownStudents(request: RequestContext, found: readonly Student[]): void {
  for (const student of found) students(request).prime(student.id, student);
}

export function loadGuardian(request: RequestContext, id: string): Promise<Guardian | null> {
  return request
    .loader<string, Guardian>('guardian-by-id', (scope, ids) => byIds(scope, Guardian, ids))
    .load(id);
}

/** A family's guardians by name; archived ones only when asked (a separate loader). */
export async function loadGuardiansOf(
  request: RequestContext,
  familyId: string,
  includeArchived = false,
): Promise<Guardian[]> {
  const name = includeArchived ? 'guardians-by-family+archived' : 'guardians-by-family';
  const where = includeArchived ? {} : { archivedAt: IsNull() };
  const rows = await request
    .loader<string, Guardian[]>(name, (scope, ids) =>
      groupedBy(scope, Guardian, 'familyId', ids, { name: 'ASC', id: 'ASC' }, where),
    )
    .load(familyId);
  return rows ?? [];
}

/** A family's students by name; archived ones only when asked (a separate loader). */
export async function loadStudentsOf(
  request: RequestContext,
  familyId: string,
  includeArchived = false,
): Promise<Student[]> {
  const name = includeArchived ? 'students-by-family+archived' : 'students-by-family';
  const where = includeArchived ? {} : { archivedAt: IsNull() };
  const rows = await request
    .loader<string, Student[]>(name, (scope, ids) =>
      groupedBy(scope, Student, 'familyId', ids, { name: 'ASC', id: 'ASC' }, where),
    )
    .load(familyId);
  return rows ?? [];
}
