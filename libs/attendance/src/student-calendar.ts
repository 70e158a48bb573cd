import type { DataScope } from '@onrecord/platform/database';
import { School, schoolDayStatuses, type SchoolDayStatus } from '@onrecord/directory';
import type { Student } from '@onrecord/families';

/** What the district calendar of a student's school says of some dates. */
export interface StudentCalendar {
  schoolName: string;
  statuses: Map<string, SchoolDayStatus>;
}

/**
 * The calendar of the student's school's district for `dates`, in one query; null when the
 * student has no school (nothing to check against).
 */
export async function studentCalendar(
  scope: DataScope,
  student: Student,
  dates: readonly string[],
): Promise<StudentCalendar | null> {
  if (!student.schoolId || dates.length === 0) return null;
  // Archived schools too: a student keeps the school they were at.
  const school = await scope.manager.findOneBy(School, { id: student.schoolId });
  if (!school) return null;
  return {
    schoolName: school.name,
    statuses: await schoolDayStatuses(scope, school.districtId, dates),
  };
}

/**
 * Why a date has no school ("weekend", "Thanksgiving break"), or null when it is a school
 * day or the district has no calendar for it (then nothing is known, and nothing is refused).
 */
export function noSchoolReason(calendar: StudentCalendar | null, date: string): string | null {
  const status = calendar?.statuses.get(date);
  switch (status?.kind) {
    case 'WEEKEND':
      return 'weekend';
    case 'NON_SCHOOL_DAY':
      return status.label;
    case 'OUTSIDE_SCHOOL_YEAR':
      return 'outside the school year';
    default:
      return null;
  }
}
