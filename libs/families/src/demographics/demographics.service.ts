import { Injectable } from '@nestjs/common';
import { type DataScope, findRecord } from '@onrecord/platform/database';
import { badUserInput } from '@onrecord/platform/errors';
import { Family } from '../family.entity';
import { Guardian } from '../guardian.entity';
import { Student } from '../student.entity';
import type {
  FamilyDemographicsInput,
  GuardianDemographicsInput,
  StudentDemographicsInput,
} from './demographics.inputs';

const DECLINED_AND_GIVEN = 'cannot be given by someone who declined to say it';

/** Records what funders ask about a student, a guardian, a family (replacing what was there). */
@Injectable()
export class DemographicsService {
  async setForStudent(
    scope: DataScope,
    studentId: string,
    input: StudentDemographicsInput,
  ): Promise<Student> {
    const student = await findRecord(scope, Student, studentId, 'Student');
    student.raceEthnicity = input.raceEthnicity ?? null;
    student.primaryDisability = input.primaryDisability ?? null;
    return scope.manager.save(student);
  }

  async setForGuardian(
    scope: DataScope,
    guardianId: string,
    input: GuardianDemographicsInput,
  ): Promise<Guardian> {
    if (input.primaryLanguageDeclined && input.primaryLanguage)
      throw badUserInput([{ field: 'primaryLanguage', message: DECLINED_AND_GIVEN }]);
    const guardian = await findRecord(scope, Guardian, guardianId, 'Guardian');
    guardian.primaryLanguage = input.primaryLanguage ?? null;
    guardian.primaryLanguageDeclined = input.primaryLanguageDeclined;
    return scope.manager.save(guardian);
  }

  async setForFamily(
    scope: DataScope,
    familyId: string,
    input: FamilyDemographicsInput,
  ): Promise<Family> {
    if (input.placeDeclined) {
      const given = (['county', 'postalCode'] as const).filter((field) => input[field]);
      if (given.length)
        throw badUserInput(given.map((field) => ({ field, message: DECLINED_AND_GIVEN })));
    }
    const family = await findRecord(scope, Family, familyId, 'Family');
    family.county = input.county ?? null;
    family.postalCode = input.postalCode ?? null;
    family.placeDeclined = input.placeDeclined;
    return scope.manager.save(family);
  }
}
