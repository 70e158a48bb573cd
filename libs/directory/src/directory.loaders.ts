import { In, IsNull } from 'typeorm';
import { type RequestContext } from '@onrecord/platform/request';
import { byIds, groupedBy } from '@onrecord/platform/database';
import { District } from './district.entity';
import { EscalationStep } from './escalation-step.entity';
import { NonSchoolDay } from './non-school-day.entity';
import { School } from './school.entity';
import { SchoolContact } from './school-contact.entity';
import { SchoolYear } from './school-year.entity';

/**
 * The request's DataLoaders for directory records: a list of N students, schools or
 * districts costs one query per relation, not N.
 *
 * Other features (students, cases) resolve a school or district by id through loadSchool
 * and loadDistrict. Archived rows are returned too: a student keeps showing the school they
 * were at.
 */
const schools = (request: RequestContext) =>
  request.loader<string, School>('school-by-id', (scope, ids) => byIds(scope, School, ids));

export function loadSchool(request: RequestContext, id: string): Promise<School | null> {
  return schools(request).load(id);
}

/** Schools the request has already read (joined to the records that name them): no query later. */
export function knownSchools(request: RequestContext, found: readonly School[]): void {
  for (const school of found) schools(request).prime(school.id, school);
}

export function loadDistrict(request: RequestContext, id: string): Promise<District | null> {
  return request
    .loader<string, District>('district-by-id', (scope, ids) => byIds(scope, District, ids))
    .load(id);
}

export function loadSchoolContact(
  request: RequestContext,
  id: string,
): Promise<SchoolContact | null> {
  return request
    .loader<string, SchoolContact>('school-contact-by-id', (scope, ids) =>
      byIds(scope, SchoolContact, ids),
    )
    .load(id);
}

/** A district's schools, by name; archived ones only when asked for. */
export async function loadSchoolsOfDistrict(
  request: RequestContext,
  districtId: string,
  includeArchived: boolean,
): Promise<School[]> {
  const name = includeArchived ? 'schools-by-district+archived' : 'schools-by-district';
  const where = includeArchived ? {} : { archivedAt: IsNull() };
  const schools = await request
    .loader<string, School[]>(name, (scope, ids) =>
      groupedBy(scope, School, 'districtId', ids, { name: 'ASC', id: 'ASC' }, where),
    )
    .load(districtId);
  return schools ?? [];
}

/** A district's school years, oldest first. */
export async function loadSchoolYearsOfDistrict(
  request: RequestContext,
  districtId: string,
): Promise<SchoolYear[]> {
  const years = await request
    .loader<string, SchoolYear[]>('school-years-by-district', (scope, ids) =>
      groupedBy(scope, SchoolYear, 'districtId', ids, { firstDay: 'ASC', id: 'ASC' }),
    )
    .load(districtId);
  return years ?? [];
}

/** A school year's non-school days, in date order. */
export async function loadNonSchoolDays(
  request: RequestContext,
  schoolYearId: string,
): Promise<NonSchoolDay[]> {
  const days = await request
    .loader<string, NonSchoolDay[]>('non-school-days-by-year', (scope, ids) =>
      groupedBy(scope, NonSchoolDay, 'schoolYearId', ids, { date: 'ASC' }),
    )
    .load(schoolYearId);
  return days ?? [];
}

/** The active contacts of a school (not district-wide staff), by name. */
export async function loadContactsOfSchool(
  request: RequestContext,
  schoolId: string,
): Promise<SchoolContact[]> {
  const contacts = await request
    .loader<string, SchoolContact[]>('contacts-by-school', (scope, ids) =>
      groupedBy(
        scope,
        SchoolContact,
        'schoolId',
        ids,
        { name: 'ASC', id: 'ASC' },
        { archivedAt: IsNull() },
      ),
    )
    .load(schoolId);
  return contacts ?? [];
}

/** A school's escalation chain: its contacts in the order they are asked. */
export async function loadEscalationChain(
  request: RequestContext,
  schoolId: string,
): Promise<SchoolContact[]> {
  const chain = await request
    .loader<string, SchoolContact[]>('escalation-chain-by-school', async (scope, ids) => {
      const steps = await scope.manager.find(EscalationStep, {
        where: { schoolId: In([...ids]) },
        relations: { contact: true },
        order: { position: 'ASC' },
      });
      const chains = new Map<string, SchoolContact[]>(ids.map((id) => [id, []]));
      for (const step of steps) if (step.contact) chains.get(step.schoolId)?.push(step.contact);
      return ids.map((id) => chains.get(id) ?? []);
    })
    .load(schoolId);
  return chain ?? [];
}

/** A district's active district-wide staff (contacts with no school), by name. */
export async function loadDistrictStaff(
  request: RequestContext,
  districtId: string,
): Promise<SchoolContact[]> {
  const contacts = await request
    .loader<string, SchoolContact[]>('district-staff-by-district', (scope, ids) =>
      groupedBy(
        scope,
        SchoolContact,
        'districtId',
        ids,
        { name: 'ASC', id: 'ASC' },
        { schoolId: IsNull(), archivedAt: IsNull() },
      ),
    )
    .load(districtId);
  return contacts ?? [];
}
