import type { SelectQueryBuilder } from 'typeorm';
import { Family, Student } from '@onrecord/families';
import { containsPattern } from '@onrecord/platform/graphql';
import type { Case } from './case.entity';
import type { CaseWhereFilter } from './case.inputs';

/**
 * Narrows a query of cases (alias `c`) by the student's school or district, a concern and a
 * name. Joins the case's place (the `case_place` view) as `place`, the student as `s` and the
 * family as `f` when needed.
 */
export function whereCases(query: SelectQueryBuilder<Case>, filter: CaseWhereFilter): void {
  if (filter.concern) query.andWhere(':concern = ANY(c.concerns)', { concern: filter.concern });
  if (filter.schoolId || filter.districtId) {
    query.innerJoin('case_place', 'place', 'place.case_id = c.id');
  }
  if (filter.schoolId) query.andWhere('place.school_id = :schoolId', { schoolId: filter.schoolId });
  if (filter.districtId) {
    query.andWhere('place.district_id = :districtId', { districtId: filter.districtId });
  }
  if (filter.search) {
    query
      .innerJoin(Student, 's', 's.id = c.student_id')
      .innerJoin(Family, 'f', 'f.id = c.family_id')
      .andWhere('(f.household_name ILIKE :search OR s.name ILIKE :search)', {
        search: containsPattern(filter.search),
      });
  }
}
