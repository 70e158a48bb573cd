import { Injectable } from '@nestjs/common';
import {
  type DataScope,
  deleteRecord,
  findRecord,
  isUuid,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { School } from '@onrecord/directory';
import {
  toConnection,
  type Connection,
  containsPattern,
  decodeCursor,
} from '@onrecord/platform/graphql';
import { Family } from './family.entity';
import { Student } from './student.entity';
import type { StudentFilter, StudentInput, UpdateStudentInput } from './student.inputs';
import type { StudentObject } from './student.objects';
import { toStudent } from './conversions';

@Injectable()
export class StudentService {
  get(scope: DataScope, id: string): Promise<Student> {
    return findRecord(scope, Student, id, 'Student');
  }

  /**
   * A school an input names must be an active school of the organization (BAD_USER_INPUT
   * on `field`, e.g. `students.1.schoolId`). No school (null) is fine: not known yet.
   */
  async checkSchool(
    scope: DataScope,
    schoolId: string | null | undefined,
    field: string,
  ): Promise<void> {
    if (schoolId == null) return;
    await referencedRecord(scope, School, schoolId, field, 'school');
  }

  /** Adds a student to an active family of the organization (else BAD_USER_INPUT on familyId). */
  async add(scope: DataScope, familyId: string, input: StudentInput): Promise<Student> {
    const family = await referencedRecord(scope, Family, familyId, 'familyId', 'family');
    await this.checkSchool(scope, input.schoolId, 'schoolId');
    return this.insert(scope, family.id, input);
  }

  /** Writes a student whose input, school and family have been checked (intake, addStudent). */
  insert(scope: DataScope, familyId: string, input: StudentInput): Promise<Student> {
    const student = scope.manager.create(Student, studentRow(scope, familyId, input));
    return scope.manager.save(student);
  }

  async update(scope: DataScope, id: string, input: UpdateStudentInput): Promise<Student> {
    const student = await this.get(scope, id);
    // Only a school the student moves to is checked: keeping one that was archived since is fine.
    if (input.schoolId !== undefined && input.schoolId !== student.schoolId) {
      await this.checkSchool(scope, input.schoolId, 'schoolId');
      student.schoolId = input.schoolId;
    }
    if (input.name !== undefined) student.name = input.name;
    if (input.dateOfBirth !== undefined) student.dateOfBirth = input.dateOfBirth;
    if (input.schoolStudentId !== undefined) student.schoolStudentId = input.schoolStudentId;
    if (input.grade !== undefined) student.grade = input.grade;
    if (input.plan !== undefined) student.plan = input.plan;
    if (input.disabilityCategories !== undefined)
      student.disabilityCategories = input.disabilityCategories;
    if (input.notes !== undefined) student.notes = input.notes;
    return scope.manager.save(student);
  }

  /** Students by name then id (a stable order for paging). */
  async list(
    scope: DataScope,
    filter: StudentFilter | undefined,
    first: number,
    after?: string | null,
  ): Promise<Connection<StudentObject>> {
    // An id that is not a UUID names nothing (and PostgreSQL would refuse the comparison).
    if (
      (filter?.familyId && !isUuid(filter.familyId)) ||
      (filter?.schoolId && !isUuid(filter.schoolId))
    )
      return toConnection([] as Student[], first, (s) => s.name, toStudent);
    const query = scope.manager
      .createQueryBuilder(Student, 's')
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(first + 1);
    if (!filter?.includeArchived) query.andWhere('s.archived_at IS NULL');
    if (filter?.familyId) query.andWhere('s.family_id = :familyId', { familyId: filter.familyId });
    if (filter?.schoolId) query.andWhere('s.school_id = :schoolId', { schoolId: filter.schoolId });
    if (filter?.plan) query.andWhere('s.plan = :plan', { plan: filter.plan });
    if (filter?.search) {
      query.andWhere('s.name ILIKE :pattern', { pattern: containsPattern(filter.search) });
    }
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(s.name, s.id) > (:name, :id)', { name: cursor.sortValue, id: cursor.id });
    }
    return toConnection(await query.getMany(), first, (s) => s.name, toStudent);
  }

  setArchived(scope: DataScope, id: string, archived: boolean): Promise<Student> {
    return setArchived(scope, Student, id, 'Student', archived);
  }

  delete(scope: DataScope, id: string): Promise<Student> {
    return deleteRecord(scope, Student, id, 'Student');
  }
}

/** The columns of a new student from its checked input (one save, or a bulk import). */
export function studentRow(scope: DataScope, familyId: string, input: StudentInput) {
  return {
    organizationId: scope.organizationId,
    familyId,
    name: input.name,
    dateOfBirth: input.dateOfBirth ?? null,
    schoolStudentId: input.schoolStudentId ?? null,
    grade: input.grade ?? null,
    schoolId: input.schoolId ?? null,
    plan: input.plan,
    disabilityCategories: input.disabilityCategories,
    notes: input.notes,
  };
}
