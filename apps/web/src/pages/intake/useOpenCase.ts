import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorCode, fieldErrorsByPath } from '../../errors';
import { ADD_STUDENT, CREATE_FAMILY, OPEN_CASE } from './intake-api';
import {
  formField,
  guardianInput,
  studentInput,
  typesStudent,
  type IntakeValues,
} from './intake-form';

/** What is already saved by an earlier try: a retry goes on from there, creating nothing twice. */
export interface Saved {
  familyId: string;
  householdName: string;
  studentId: string | null;
  studentName: string | null;
}

export type Outcome =
  | { caseId: string }
  | { fields: Record<string, string>; code?: string }
  | { problem: 'unexpected' | 'forbidden' };

type Call = 'createFamily' | 'addStudent' | 'openCase';

/** The refusal as form fields (the api's message kept for the field's own words), or a problem. */
function refused(call: Call, error: unknown): Outcome {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrorsByPath(error))) {
    const field = formField(call, path);
    if (field && !fields[field]) fields[field] = message;
  }
  if (Object.keys(fields).length) return { fields };
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return { problem: 'forbidden' };
  return { problem: 'unexpected' };
}

/**
 * Opens a case in as many calls as it takes: createFamily (with its guardian and student, all
 * or nothing) for a new family, addStudent for a new student of an existing family, then
 * openCase. What was saved before a refusal is kept in `saved`, so trying again after fixing
 * the case's fields opens it for that family and student instead of creating them again.
 */
export function useOpenCase(isAdmin: boolean) {
  const [saved, setSaved] = useState<Saved | null>(null);
  const [createFamily] = useMutation(CREATE_FAMILY);
  const [addStudent] = useMutation(ADD_STUDENT);
  const [openCase] = useMutation(OPEN_CASE, { refetchQueries: ['Caseload'] });

  const submit = async (values: IntakeValues): Promise<Outcome> => {
    let progress = saved;
    if (!progress && values.familyMode === 'new') {
      try {
        const { data } = await createFamily({
          variables: {
            input: {
              householdName: values.householdName,
              guardians: [guardianInput(values)],
              students: [studentInput(values)],
            },
          },
        });
        const family = data?.createFamily;
        const student = family?.students[0];
        if (!family || !student) return { problem: 'unexpected' };
        progress = {
          familyId: family.id,
          householdName: family.householdName,
          studentId: student.id,
          studentName: student.name,
        };
        setSaved(progress);
      } catch (error) {
        return refused('createFamily', error);
      }
    }
    const familyId = progress?.familyId ?? values.familyId;
    if (!familyId) return { fields: { familyId: 'required' } };
    let studentId = progress?.studentId ?? null;
    if (!studentId && typesStudent(values)) {
      try {
        const { data } = await addStudent({
          variables: { familyId, input: studentInput(values) },
        });
        const student = data?.addStudent;
        if (!student) return { problem: 'unexpected' };
        studentId = student.id;
        progress = {
          familyId,
          householdName: progress?.householdName ?? '',
          studentId,
          studentName: student.name,
        };
        setSaved(progress);
      } catch (error) {
        return refused('addStudent', error);
      }
    }
    studentId ??= values.studentChoice;
    try {
      const { data } = await openCase({
        variables: {
          input: {
            familyId,
            studentId,
            title: values.title,
            concerns: values.concerns,
            // Left out, the api assigns the member who opens the case.
            ...(isAdmin && values.advocateId ? { advocateIds: [values.advocateId] } : {}),
          },
        },
      });
      if (!data) return { problem: 'unexpected' };
      return { caseId: data.openCase.id };
    } catch (error) {
      return refused('openCase', error);
    }
  };

  return { saved, submit };
}
