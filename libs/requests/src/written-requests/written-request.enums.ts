import { registerEnumType } from '@nestjs/graphql';

/** What was asked of the school in writing (the deadline rules are keyed by it). */
export enum WrittenRequestType {
  EVALUATION = 'EVALUATION',
  IEP_MEETING = 'IEP_MEETING',
  RECORDS = 'RECORDS',
  FBA = 'FBA',
  BEHAVIOR_PLAN = 'BEHAVIOR_PLAN',
  ACCOMMODATIONS = 'ACCOMMODATIONS',
  REINTEGRATION_PLAN = 'REINTEGRATION_PLAN',
  PRIOR_WRITTEN_NOTICE = 'PRIOR_WRITTEN_NOTICE',
  INDEPENDENT_EVALUATION = 'INDEPENDENT_EVALUATION',
  HOME_INSTRUCTION = 'HOME_INSTRUCTION',
  OTHER = 'OTHER',
}
registerEnumType(WrittenRequestType, {
  name: 'WrittenRequestType',
  description: 'What was asked of the school in writing; the deadline rules are keyed by it.',
  valuesMap: {
    EVALUATION: {
      description:
        'An initial evaluation for special education (IDEA) or Section 504; consent and the evaluation report have their own clocks (trigger).',
    },
    IEP_MEETING: { description: 'An IEP (in Texas, ARD) meeting to review or revise the IEP.' },
    RECORDS: { description: "To inspect, review or copy the student's education records." },
    FBA: {
      description:
        'A functional behavioral assessment: an evaluation of one student, needing consent and Prior Written Notice.',
    },
    BEHAVIOR_PLAN: {
      description:
        'A behavior intervention plan: positive behavioral interventions and supports considered by the IEP team.',
    },
    ACCOMMODATIONS: { description: 'Accommodations, or a Section 504 plan meeting.' },
    REINTEGRATION_PLAN: {
      description:
        'A plan for the student to return to school step by step (e.g. one period, half days, full days).',
    },
    PRIOR_WRITTEN_NOTICE: {
      description:
        "Prior Written Notice of the school's proposal or refusal, with its reasons (34 CFR 300.503).",
    },
    INDEPENDENT_EVALUATION: {
      description:
        "An independent educational evaluation at public expense, after disagreeing with the school's (34 CFR 300.502).",
    },
    HOME_INSTRUCTION: {
      description: 'Home or hospital instruction while the student cannot attend school.',
    },
    OTHER: { description: 'Anything else; the subject says what was asked.' },
  },
});

/**
 * Where a written request stands. OVERDUE is not stored: it is SENT past its deadline with
 * no response, computed when read, so it can never be stale.
 */
export enum WrittenRequestStatus {
  DRAFT = 'DRAFT',
  SENT = 'SENT',
  RESPONDED = 'RESPONDED',
  PARTIALLY_RESPONDED = 'PARTIALLY_RESPONDED',
  CLOSED = 'CLOSED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(WrittenRequestStatus, { name: 'WrittenRequestStatus' });

export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  LETTER = 'LETTER',
  HAND_DELIVERED = 'HAND_DELIVERED',
  PORTAL = 'PORTAL',
  PHONE = 'PHONE',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(DeliveryChannel, {
  name: 'DeliveryChannel',
  description: 'How something was sent or received. PHONE and IN_PERSON are for school answers.',
});
