import type { Family } from './family.entity';
import type { FamilyObject } from './family.objects';
import type { Guardian } from './guardian.entity';
import type { GuardianObject } from './guardian.objects';
import type { Student } from './student.entity';
import type { StudentObject } from './student.objects';

/** Entity → GraphQL object: what the API shows of each record, nothing more. */

export const toFamily = (family: Family): FamilyObject => ({
  id: family.id,
  householdName: family.householdName,
  notes: family.notes,
  demographics: {
    county: family.county,
    postalCode: family.postalCode,
    placeDeclined: family.placeDeclined,
  },
  archivedAt: family.archivedAt,
  createdAt: family.createdAt,
});

export const toGuardian = (guardian: Guardian): GuardianObject => ({
  id: guardian.id,
  familyId: guardian.familyId,
  name: guardian.name,
  email: guardian.email,
  phone: guardian.phone,
  relationship: guardian.relationship,
  preferredLanguage: guardian.preferredLanguage,
  notifySchoolAnswered: guardian.notifySchoolAnswered,
  notifyRequestOverdue: guardian.notifyRequestOverdue,
  notifyFollowUpSent: guardian.notifyFollowUpSent,
  demographics: {
    primaryLanguage: guardian.primaryLanguage,
    primaryLanguageDeclined: guardian.primaryLanguageDeclined,
  },
  archivedAt: guardian.archivedAt,
});

export const toStudent = (student: Student): StudentObject => ({
  id: student.id,
  familyId: student.familyId,
  name: student.name,
  dateOfBirth: student.dateOfBirth,
  schoolStudentId: student.schoolStudentId,
  grade: student.grade,
  schoolId: student.schoolId,
  plan: student.plan,
  disabilityCategories: student.disabilityCategories,
  demographics: {
    raceEthnicity: student.raceEthnicity,
    primaryDisability: student.primaryDisability,
  },
  notes: student.notes,
  archivedAt: student.archivedAt,
});
