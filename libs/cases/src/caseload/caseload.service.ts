import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import type { RequestContext } from '@onrecord/platform/request';
import { knownSchools, School, toSchool } from '@onrecord/directory';
import {
  Family,
  knownFamilies,
  knownStudents,
  Student,
  toFamily,
  toStudent,
} from '@onrecord/families';
import { decodeCursor, toConnection, type Connection } from '@onrecord/platform/graphql';
import { CaseStatus } from '../case-enums';
import { Case } from '../case.entity';
import { CaseAssignment } from '../case-assignment.entity';
import type { CaseWhereFilter } from '../case.inputs';
import { whereCases } from '../case-where';
import { toCase } from '../conversions';
import { CaseloadOrder, type CaseloadItemObject } from './caseload.objects';
import { CaseloadFactsRegistry, NO_FACTS, type CaseloadFacts } from './caseload-facts';
import { compare, sortKey, SORT_KEY_SEPARATOR } from './caseload-order';

export const OPEN_STATUSES = [CaseStatus.INTAKE, CaseStatus.ACTIVE, CaseStatus.ON_HOLD];

/** A case read with what its caseload line shows of it. */
type CaseWithPlace = Case & { family: Family; student: Student; school: School | null };

interface Line {
  id: string;
  c: CaseWithPlace;
  facts: CaseloadFacts;
  /** Ascending; ties go by id. Starts with the order's name, so a cursor knows its order. */
  key: string;
}

/**
 * A member's caseload: the cases they are assigned to, in the order asked for. The order can
 * depend on deadlines that other features know (through the facts registry), so the whole
 * caseload is read and sorted here, and the page cut from it by its cursor. A caseload is one
 * member's cases — tens, a few hundred at most — so that is two queries whatever the page:
 * the cases with their families, students and schools, and their facts. The line carries
 * its family, student and school; the request's loaders learn them too, so that what a
 * client asks of them further (a student's family or school) costs no query either.
 */
@Injectable()
export class CaseloadService {
  constructor(private readonly facts: CaseloadFactsRegistry) {}

  async page(
    request: RequestContext,
    membershipId: string,
    options: {
      statuses?: CaseStatus[];
      where?: CaseWhereFilter;
      orderBy?: CaseloadOrder;
      first: number;
      after?: string | null;
    },
  ): Promise<Connection<CaseloadItemObject>> {
    const order = options.orderBy ?? CaseloadOrder.STATUS;
    const statuses = options.statuses?.length ? options.statuses : OPEN_STATUSES;
    const scope = await request.scope();
    const query = scope.manager
      .createQueryBuilder(Case, 'c')
      // By its entity, not its table's name: TypeORM looks a join's metadata up for every row
      // it hydrates, and a name is found by scanning every entity (0.3 ms of a 25-case page).
      .innerJoin(CaseAssignment, 'a', 'a.case_id = c.id AND a.membership_id = :membershipId', {
        membershipId,
      })
      .innerJoinAndMapOne('c.family', Family, 'family', 'family.id = c.family_id')
      .innerJoinAndMapOne('c.student', Student, 'student', 'student.id = c.student_id')
      .leftJoinAndMapOne('c.school', School, 'school', 'school.id = student.school_id')
      .where('c.archived_at IS NULL')
      .andWhere('c.status = ANY(:statuses)', { statuses });
    whereCases(query, options.where ?? {});
    const cases = (await query.getMany()) as CaseWithPlace[];
    knownFamilies(
      request,
      cases.map((c) => c.family),
    );
    knownStudents(
      request,
      cases.map((c) => c.student),
    );
    knownSchools(
      request,
      cases.flatMap((c) => (c.school ? [c.school] : [])),
    );
    const ids = cases.map((c) => c.id);
    const facts = await this.facts.factsFor(scope, ids);
    const schools = order === CaseloadOrder.SCHOOL ? await schoolNames(scope, ids) : null;

    const lines: Line[] = cases.map((c) => {
      const caseFacts = facts.get(c.id) ?? NO_FACTS;
      return {
        id: c.id,
        c,
        facts: caseFacts,
        key: sortKey(order, c, caseFacts, schools?.get(c.id)),
      };
    });
    lines.sort((a, b) => compare(a.key, b.key) || compare(a.id, b.id));

    let rest = lines;
    if (options.after) {
      const cursor = decodeCursor(options.after, {
        isSortValue: (value) => value.startsWith(order + SORT_KEY_SEPARATOR),
      });
      rest = lines.filter(
        (line) =>
          compare(line.key, cursor.sortValue) > 0 ||
          (line.key === cursor.sortValue && compare(line.id, cursor.id) > 0),
      );
    }
    return toConnection(
      rest.slice(0, options.first + 1),
      options.first,
      (line) => line.key,
      (line) => ({
        case: toCase(line.c),
        family: toFamily(line.c.family),
        student: toStudent(line.c.student),
        school: line.c.school ? toSchool(line.c.school) : null,
        status: line.c.status,
        ...line.facts,
      }),
    );
  }
}

/** Each case's school name, by case id. */
async function schoolNames(
  scope: DataScope,
  caseIds: readonly string[],
): Promise<Map<string, string>> {
  if (!caseIds.length) return new Map();
  const rows = (await scope.manager.query(
    'SELECT case_id AS id, school_name AS name FROM case_place WHERE case_id = ANY($1::uuid[]) AND school_id IS NOT NULL',
    [caseIds],
  )) as Array<{ id: string; name: string }>;
  return new Map(rows.map((row) => [row.id, row.name]));
}
