import { describe, expect, it } from '@jest/globals';
import {
  formField,
  guardianInput,
  initialValues,
  NEW_STUDENT,
  studentInput,
  typesStudent,
} from './intake-form';

describe('the intake form', () => {
  it("puts each call's refusal on the form's field", () => {
    expect(formField('createFamily', 'householdName')).toBe('householdName');
    expect(formField('createFamily', 'guardians.0.email')).toBe('guardian.email');
    expect(formField('createFamily', 'input.guardians.0.phone')).toBe('guardian.phone');
    expect(formField('createFamily', 'students.0.dateOfBirth')).toBe('student.dateOfBirth');
    expect(formField('createFamily', 'students.0.schoolId')).toBe('student.schoolId');
    expect(formField('createFamily', 'notes')).toBeNull();
    expect(formField('addStudent', 'name')).toBe('student.name');
    expect(formField('addStudent', 'input.grade')).toBe('student.grade');
    expect(formField('addStudent', 'familyId')).toBeNull();
    expect(formField('openCase', 'title')).toBe('title');
    expect(formField('openCase', 'concerns')).toBe('concerns');
    expect(formField('openCase', 'advocateIds.0')).toBe('advocateId');
    expect(formField('openCase', 'studentId')).toBe('studentChoice');
    expect(formField('openCase', 'openedOn')).toBeNull();
  });

  it('sends empty optional fields as not given, and starts in the interface language', () => {
    const values = initialValues('es');
    expect(values.guardian.preferredLanguage).toBe('es');
    values.guardian = { ...values.guardian, name: 'Ana', relationship: 'Madre', email: '  ' };
    expect(guardianInput(values)).toEqual({
      name: 'Ana',
      relationship: 'Madre',
      email: null,
      phone: null,
      preferredLanguage: 'es',
    });
    values.student = { ...values.student, name: 'Luis', grade: ' 3 ', schoolId: '' };
    expect(studentInput(values)).toEqual({
      name: 'Luis',
      dateOfBirth: null,
      grade: '3',
      plan: 'NONE',
      schoolId: null,
    });
  });

  it("types the student for a new family, or an existing family's new one", () => {
    const values = initialValues('en');
    expect(typesStudent(values)).toBe(true);
    values.familyMode = 'existing';
    values.studentChoice = 'a-student-id';
    expect(typesStudent(values)).toBe(false);
    values.studentChoice = NEW_STUDENT;
    expect(typesStudent(values)).toBe(true);
  });
});
