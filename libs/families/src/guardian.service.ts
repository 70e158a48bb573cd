import { Injectable } from '@nestjs/common';
import {
  type DataScope,
  deleteRecord,
  findRecord,
  referencedRecord,
  setArchived,
} from '@onrecord/platform/database';
import { Family } from './family.entity';
import { Guardian } from './guardian.entity';
import {
  applyGuardianPreferences,
  type GuardianInput,
  type UpdateGuardianInput,
} from './guardian.inputs';

@Injectable()
export class GuardianService {
  get(scope: DataScope, id: string): Promise<Guardian> {
    return findRecord(scope, Guardian, id, 'Guardian');
  }

  /** Adds a guardian to an active family of the organization (else BAD_USER_INPUT on familyId). */
  async add(scope: DataScope, familyId: string, input: GuardianInput): Promise<Guardian> {
    const family = await referencedRecord(scope, Family, familyId, 'familyId', 'family');
    return this.insert(scope, family.id, input);
  }

  /** Writes a guardian whose input and family have been checked (intake, addGuardian). */
  insert(scope: DataScope, familyId: string, input: GuardianInput): Promise<Guardian> {
    const guardian = scope.manager.create(Guardian, guardianRow(scope, familyId, input));
    return scope.manager.save(guardian);
  }

  async update(scope: DataScope, id: string, input: UpdateGuardianInput): Promise<Guardian> {
    const guardian = await this.get(scope, id);
    if (input.name !== undefined) guardian.name = input.name;
    if (input.email !== undefined) guardian.email = input.email;
    if (input.phone !== undefined) guardian.phone = input.phone;
    if (input.relationship !== undefined) guardian.relationship = input.relationship;
    applyGuardianPreferences(guardian, input);
    return scope.manager.save(guardian);
  }

  setArchived(scope: DataScope, id: string, archived: boolean): Promise<Guardian> {
    return setArchived(scope, Guardian, id, 'Guardian', archived);
  }

  delete(scope: DataScope, id: string): Promise<Guardian> {
    return deleteRecord(scope, Guardian, id, 'Guardian');
  }
}

/** The columns of a new guardian from its checked input (one save, or a bulk import). */
export function guardianRow(scope: DataScope, familyId: string, input: GuardianInput) {
  return {
    organizationId: scope.organizationId,
    familyId,
    name: input.name,
    email: input.email ?? null,
    phone: input.phone ?? null,
    relationship: input.relationship,
    preferredLanguage: input.preferredLanguage,
  };
}
