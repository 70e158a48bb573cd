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

/**
 * How much the organization did on a case, as legal-aid programs report closed cases to their
 * funders (the case service report's closing categories): advice only, a brief service, a
 * settlement reached by negotiation (before or after a complaint was filed), a decision by an
 * agency (a due process or state complaint decision) or a court, or extended service.
 */
export enum CaseClosingReason {
  COUNSEL_AND_ADVICE = 'COUNSEL_AND_ADVICE',
  LIMITED_ACTION = 'LIMITED_ACTION',
  NEGOTIATED_WITHOUT_LITIGATION = 'NEGOTIATED_WITHOUT_LITIGATION',
  NEGOTIATED_WITH_LITIGATION = 'NEGOTIATED_WITH_LITIGATION',
  AGENCY_DECISION = 'AGENCY_DECISION',
  COURT_DECISION = 'COURT_DECISION',
  EXTENSIVE_SERVICE = 'EXTENSIVE_SERVICE',
  OTHER = 'OTHER',
}
registerEnumType(CaseClosingReason, {
  name: 'CaseClosingReason',
  valuesMap: {
    COUNSEL_AND_ADVICE: {
      description: 'Advice given; nothing done with the school for the family.',
    },
    LIMITED_ACTION: { description: 'A brief service: a letter, a call to the school, a review.' },
    NEGOTIATED_WITHOUT_LITIGATION: {
      description: 'Settled with the school without a complaint or hearing request filed.',
    },
    NEGOTIATED_WITH_LITIGATION: {
      description: 'Settled after a due process, state or OCR complaint was filed.',
    },
    AGENCY_DECISION: {
      description:
        'Decided by a hearing officer or the state agency (due process, state complaint).',
    },
    COURT_DECISION: { description: 'Decided by a court.' },
    EXTENSIVE_SERVICE: {
      description: 'Sustained advocacy over months, ended without a settlement or decision.',
    },
  },
});

export enum NoteVisibility {
  INTERNAL = 'INTERNAL',
  SHARED_WITH_FAMILY = 'SHARED_WITH_FAMILY',
}
registerEnumType(NoteVisibility, { name: 'NoteVisibility' });
