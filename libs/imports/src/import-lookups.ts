import { IsNull } from 'typeorm';
import { User } from '@onrecord/accounts';
import { District, School, SchoolContact } from '@onrecord/directory';
import { Guardian, Student } from '@onrecord/families';
import { Membership } from '@onrecord/organizations';
import type { DataScope } from '@onrecord/platform/database';
import { plainWords } from './column-guess';

/** Records found by name: none, one (its id), or several (the name is ambiguous). */
export type ByName = Map<string, string[]>;

function byName(rows: Array<{ id: string; name: string }>): ByName {
  const names: ByName = new Map();
  for (const row of rows) {
    const key = plainWords(row.name);
    names.set(key, [...(names.get(key) ?? []), row.id]);
  }
  return names;
}

/**
 * What the rows name, read once per import under the organization's row-level security (so
 * another organization's schools, members and families are never found): active schools and
 * districts by name without case or accents, members by email, and the families on record
 * whose guardians have the emails the file gives.
 */
export async function directoryNames(scope: DataScope) {
  const [schools, districts] = await Promise.all([
    scope.manager.find(School, {
      where: { archivedAt: IsNull() },
      select: { id: true, name: true, districtId: true },
    }),
    scope.manager.find(District, {
      where: { archivedAt: IsNull() },
      select: { id: true, name: true },
    }),
  ]);
  return {
    schools: byName(schools),
    districts: byName(districts),
    districtOfSchool: new Map(schools.map((school) => [school.id, school.districtId])),
  };
}

/**
 * What tells one school contact from another: the district, the school (none for a district
 * office), and the name and email without case, accents or extra spaces.
 */
export function contactKey(contact: {
  districtId: string;
  schoolId?: string | null;
  name: string;
  email?: string | null;
}): string {
  return [
    contact.districtId,
    contact.schoolId ?? '',
    plainWords(contact.name),
    (contact.email ?? '').trim().toLowerCase(),
  ].join('\u0000');
}

/** The school contacts already in the directory (not archived), by {@link contactKey}. */
export async function contactsOnRecord(scope: DataScope): Promise<Set<string>> {
  const contacts = await scope.manager.find(SchoolContact, {
    where: { archivedAt: IsNull() },
    select: { id: true, districtId: true, schoolId: true, name: true, email: true },
  });
  return new Set(contacts.map(contactKey));
}

/** Members by lower-case email: their membership id. */
export async function membersByEmail(
  scope: DataScope,
  emails: readonly string[],
): Promise<Map<string, string>> {
  if (!emails.length) return new Map();
  const rows = (await scope.manager
    .createQueryBuilder(Membership, 'm')
    .innerJoin(User, 'u', 'u.id = m.user_id')
    .select(['m.id AS id', 'lower(u.email) AS email'])
    .where('lower(u.email) = ANY(:emails)', { emails })
    .getRawMany()) as Array<{ id: string; email: string }>;
  return new Map(rows.map((row) => [row.email, row.id]));
}

/**
 * Families on record with a guardian of these emails (active ones), and their students by
 * name and date of birth, so a file imported again joins them instead of repeating them.
 */
export async function familiesOnRecord(scope: DataScope, emails: readonly string[]) {
  const guardians = emails.length
    ? ((await scope.manager
        .createQueryBuilder(Guardian, 'g')
        .select(['g.family_id AS family_id', 'lower(g.email) AS email'])
        .where('lower(g.email) = ANY(:emails)', { emails })
        .andWhere('g.archived_at IS NULL')
        .getRawMany()) as Array<{ family_id: string; email: string }>)
    : [];
  const familyIds = [...new Set(guardians.map((g) => g.family_id))];
  const students = familyIds.length
    ? await scope.manager
        .createQueryBuilder(Student, 's')
        .where('s.family_id = ANY(:familyIds)', { familyIds })
        .andWhere('s.archived_at IS NULL')
        .getMany()
    : [];
  return {
    familyOfEmail: new Map(guardians.map((g) => [g.email, g.family_id])),
    students: new Map(
      students.map((s) => [studentKey(s.familyId, s.name, s.dateOfBirth), s.id] as const),
    ),
  };
}

/** A student is the same person when the family, the name and the date of birth match. */
export const studentKey = (familyId: string, name: string, dateOfBirth?: string | null) =>
  `${familyId}|${plainWords(name)}|${dateOfBirth ?? ''}`;
