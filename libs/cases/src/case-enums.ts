import { registerEnumType } from '@nestjs/graphql';

/** What a case is about. A case has one or more. */
export enum CaseConcern {
  SCHOOL_REFUSAL = 'SCHOOL_REFUSAL',
  ATTENDANCE_LETTERS = 'ATTENDANCE_LETTERS',
  IEP_NOT_WORKING = 'IEP_NOT_WORKING',
  EVALUATION = 'EVALUATION',
  BEHAVIOR_PLAN_FBA = 'BEHAVIOR_PLAN_FBA',
  BULLYING_AVOIDANCE = 'BULLYING_AVOIDANCE',
  ATTENDANCE_VS_FAPE = 'ATTENDANCE_VS_FAPE',
  OTHER = 'OTHER',
}
registerEnumType(CaseConcern, {
  name: 'CaseConcern',
  valuesMap: {
    ATTENDANCE_LETTERS: { description: 'Attendance or truancy letters from the school.' },
    BEHAVIOR_PLAN_FBA: { description: 'Behavior plan or functional behavioral assessment.' },
    ATTENDANCE_VS_FAPE: {
      description: 'Attendance treated as discipline when it is a question of FAPE.',
    },
  },
});

export enum CaseStatus {
  INTAKE = 'INTAKE',
  ACTIVE = 'ACTIVE',
  ON_HOLD = 'ON_HOLD',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

/** How a case ended. */
export enum CaseOutcome {
  RETURNED_FULL_TIME = 'RETURNED_FULL_TIME',
  RETURNED_PART_TIME_WITH_PLAN = 'RETURNED_PART_TIME_WITH_PLAN',
  ALTERNATIVE_PLACEMENT = 'ALTERNATIVE_PLACEMENT',
  HOME_INSTRUCTION = 'HOME_INSTRUCTION',
  SERVICES_GRANTED = 'SERVICES_GRANTED',
  FAMILY_WITHDREW = 'FAMILY_WITHDREW',
  OTHER = 'OTHER',
}
registerEnumType(CaseOutcome, { name: 'CaseOutcome' });

export enum NoteVisibility {
  INTERNAL = 'INTERNAL',
  SHARED_WITH_FAMILY = 'SHARED_WITH_FAMILY',
}
registerEnumType(NoteVisibility, { name: 'NoteVisibility' });
