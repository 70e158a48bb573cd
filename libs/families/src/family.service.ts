import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import { type DataScope, deleteRecord, findRecord, setArchived } from '@onrecord/platform/database';
import {
  toConnection,
  type Connection,
  containsPattern,
  decodeCursor,
} from '@onrecord/platform/graphql';
import { Family } from './family.entity';
import type { CreateFamilyInput, FamilyFilter, UpdateFamilyInput } from './family.inputs';
import type { FamilyObject } from './family.objects';
import { toFamily } from './conversions';
import { GuardianService } from './guardian.service';
import { StudentService } from './student.service';

@Injectable()
export class FamilyService {
  constructor(
    private readonly guardians: GuardianService,
    private readonly students: StudentService,
  ) {}

  get(scope: DataScope, id: string): Promise<Family> {
    return findRecord(scope, Family, id, 'Family');
  }

  /**
   * Intake: the family with its guardians and students. Every check runs before the first
   * write, and the request is one transaction, so an intake is kept whole or not at all.
   */
  async create(scope: DataScope, input: CreateFamilyInput): Promise<Family> {
    const organizationId = scope.organizationId;
    for (const [index, student] of input.students.entries()) {
      await this.students.checkSchool(scope, student.schoolId, `students.${index}.schoolId`);
    }
    const family = await scope.manager.save(
      scope.manager.create(Family, {
        organizationId,
        householdName: input.householdName,
        notes: input.notes,
      }),
    );
    for (const guardian of input.guardians) {
      await this.guardians.insert(scope, family.id, guardian);
    }
    for (const student of input.students) {
      await this.students.insert(scope, family.id, student);
    }
    return family;
  }

  async update(scope: DataScope, id: string, input: UpdateFamilyInput): Promise<Family> {
    const family = await this.get(scope, id);
    if (input.householdName !== undefined) family.householdName = input.householdName;
    if (input.notes !== undefined) family.notes = input.notes;
    return scope.manager.save(family);
  }

  /**
   * Families by household name then id (a stable order for paging). The search matches the
   * household name or the name of a guardian or student; archived people only count when
   * archived records are asked for.
   */
  async list(
    scope: DataScope,
    filter: FamilyFilter | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<FamilyObject>> {
    const includeArchived = filter?.includeArchived ?? false;
    const query = scope.manager
      .createQueryBuilder(Family, 'f')
      .orderBy('f.household_name', 'ASC')
      .addOrderBy('f.id', 'ASC')
      .limit(first + 1);
    if (!includeArchived) query.andWhere('f.archived_at IS NULL');
    if (filter?.search) {
      const active = includeArchived ? '' : ' AND p.archived_at IS NULL';
      const person = (table: string) =>
        `EXISTS (SELECT 1 FROM ${table} p WHERE p.organization_id = f.organization_id` +
        ` AND p.family_id = f.id AND p.name ILIKE :pattern${active})`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where('f.household_name ILIKE :pattern')
            .orWhere(person('guardian'))
            .orWhere(person('student')),
        ),
        { pattern: containsPattern(filter.search) },
      );
    }
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(f.household_name, f.id) > (:name, :id)', {
        name: cursor.sortValue,
        id: cursor.id,
      });
    }
    return toConnection(await query.getMany(), first, (f) => f.householdName, toFamily);
  }

  setArchived(scope: DataScope, id: string, archived: boolean): Promise<Family> {
    return setArchived(scope, Family, id, 'Family', archived);
  }

  /** Refused (CONFLICT) while guardians, students or cases reference the family. */
  delete(scope: DataScope, id: string): Promise<Family> {
    return deleteRecord(scope, Family, id, 'Family');
  }
}
