import type { SelectQueryBuilder } from 'typeorm';
import { Family, Student } from '@onrecord/families';
import { School } from '@onrecord/directory';
import { containsPattern } from '@onrecord/platform/graphql';
import type { Case } from './case.entity';
import type { CaseWhereFilter } from './case.inputs';

/**
 * Narrows a query of cases (alias `c`) by the student's school or district, a concern and a
 * name. Joins the student as `s`, the school as `school` and the family as `f` when needed.
 */
export function whereCases(query: SelectQueryBuilder<Case>, filter: CaseWhereFilter): void {
  if (filter.concern) query.andWhere(':concern = ANY(c.concerns)', { concern: filter.concern });
  if (filter.schoolId || filter.districtId || filter.search) {
    query.innerJoin(Student, 's', 's.id = c.student_id');
  }
  if (filter.schoolId) query.andWhere('s.school_id = :schoolId', { schoolId: filter.schoolId });
  if (filter.districtId) {
    query
      .innerJoin(School, 'school', 'school.id = s.school_id')
      .andWhere('school.district_id = :districtId', { districtId: filter.districtId });
  }
  if (filter.search) {
    query
      .innerJoin(Family, 'f', 'f.id = c.family_id')
      .andWhere('(f.household_name ILIKE :search OR s.name ILIKE :search)', {
        search: containsPattern(filter.search),
      });
  }
}
