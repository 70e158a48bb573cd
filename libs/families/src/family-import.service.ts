import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';
import { insertAudited } from '@onrecord/platform/audit';
import { Family } from './family.entity';
import { Guardian } from './guardian.entity';
import type { GuardianInput } from './guardian.inputs';
import { guardianRow } from './guardian.service';
import { Student } from './student.entity';
import type { StudentInput } from './student.inputs';
import { studentRow } from './student.service';

/**
 * One family of a bulk import: a new household (`householdName` set) or people added to a
 * family already on record (`householdName` null). Ids are chosen by the caller, so the
 * cases it opens next can name the students without reading anything back.
 */
export interface FamilyImport {
  id: string;
  householdName: string | null;
  guardians: Array<{ id: string; input: GuardianInput }>;
  students: Array<{ id: string; input: StudentInput }>;
}

@Injectable()
export class FamilyImportService {
  /**
   * Writes families, guardians and students whose inputs were checked by the same rules as
   * intake (and whose schools were found in the directory) in a few multi-row statements,
   * each row with its audit event. Nothing is checked again here.
   */
  async insertMany(scope: DataScope, families: readonly FamilyImport[]): Promise<void> {
    const organizationId = scope.organizationId;
    const newFamilies = families.flatMap((family) =>
      family.householdName === null
        ? []
        : [{ id: family.id, organizationId, householdName: family.householdName, notes: '' }],
    );
    await insertAudited(scope, Family, newFamilies);
    await insertAudited(
      scope,
      Guardian,
      families.flatMap((family) =>
        family.guardians.map(({ id, input }) => ({ id, ...guardianRow(scope, family.id, input) })),
      ),
    );
    await insertAudited(
      scope,
      Student,
      families.flatMap((family) =>
        family.students.map(({ id, input }) => ({ id, ...studentRow(scope, family.id, input) })),
      ),
    );
  }
}
