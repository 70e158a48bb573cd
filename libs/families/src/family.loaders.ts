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
export function loadFamily(request: RequestContext, id: string): Promise<Family | null> {
  return request
    .loader<string, Family>('family-by-id', (scope, ids) => byIds(scope, Family, ids))
    .load(id);
}

export function loadStudent(request: RequestContext, id: string): Promise<Student | null> {
  return request
    .loader<string, Student>('student-by-id', (scope, ids) => byIds(scope, Student, ids))
    .load(id);
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
