/**
 * What the other libs, the apps and the tests use of families: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { toFamily, toGuardian, toStudent } from './conversions';
export { FAMILIES_ENTITIES } from './families.entities';
export { FamiliesModule } from './families.module';
export { Family } from './family.entity';
export { type FamilyImport, FamilyImportService } from './family-import.service';
export {
  knownFamilies,
  knownStudents,
  loadFamily,
  loadGuardian,
  loadStudent,
} from './family.loaders';
export { FamilyObject } from './family.objects';
export { Guardian } from './guardian.entity';
export { applyGuardianPreferences, GuardianPreferencesInput } from './guardian.inputs';
export { GuardianObject } from './guardian.objects';
export { GuardianInput } from './guardian.inputs';
export { StudentInput } from './student.inputs';
export { DisabilityCategory, RaceEthnicity } from './demographics/demographics.enums';
export { StudentPlan } from './student-plan';
export { Student } from './student.entity';
export { StudentObject } from './student.objects';
