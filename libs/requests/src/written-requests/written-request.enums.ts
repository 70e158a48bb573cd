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

export enum ResponseOutcome {
  GRANTED = 'GRANTED',
  PARTIALLY_GRANTED = 'PARTIALLY_GRANTED',
  DENIED = 'DENIED',
  DEFERRED_NEEDS_DATA = 'DEFERRED_NEEDS_DATA',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  OTHER = 'OTHER',
}
registerEnumType(ResponseOutcome, { name: 'ResponseOutcome' });

/** The reasons a school gives for a no. */
export enum RefusalReason {
  LACK_OF_DATA = 'LACK_OF_DATA',
  RESOURCES_STAFFING = 'RESOURCES_STAFFING',
  PRECEDENT_OR_POLICY = 'PRECEDENT_OR_POLICY',
  PREDETERMINED = 'PREDETERMINED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  OTHER = 'OTHER',
}
registerEnumType(RefusalReason, { name: 'RefusalReason' });

export enum CommitmentStatus {
  OPEN = 'OPEN',
  MET = 'MET',
  MISSED = 'MISSED',
}
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus' });

export enum MeetingKind {
  IEP = 'IEP',
  SECTION_504 = 'SECTION_504',
  REINTEGRATION_PLANNING = 'REINTEGRATION_PLANNING',
  OTHER = 'OTHER',
}
registerEnumType(MeetingKind, { name: 'MeetingKind' });

/** What each kind of meeting is called, in a sentence or a title. */
export const MEETING_KIND_NAMES: Record<MeetingKind, string> = {
  [MeetingKind.IEP]: 'IEP meeting',
  [MeetingKind.SECTION_504]: 'Section 504 meeting',
  [MeetingKind.REINTEGRATION_PLANNING]: 'Reintegration planning meeting',
  [MeetingKind.OTHER]: 'Meeting',
};

/** The two written items a meeting creates for the advocate. */
export enum MeetingTaskKind {
  CONCERNS_BEFORE = 'CONCERNS_BEFORE',
  SUMMARY_AFTER = 'SUMMARY_AFTER',
}
registerEnumType(MeetingTaskKind, {
  name: 'MeetingTaskKind',
  valuesMap: {
    CONCERNS_BEFORE: { description: 'Written concerns sent to the school before the meeting.' },
    SUMMARY_AFTER: { description: 'A written summary of what was agreed, sent after it.' },
  },
});

/** How an organization changes the built-in deadline rules (the engine's RuleOverride kinds). */
export enum DeadlineRuleOverrideKind {
  CORRECT = 'CORRECT',
  DISABLE = 'DISABLE',
  SOFT_DEFAULT = 'SOFT_DEFAULT',
  ADD = 'ADD',
}
registerEnumType(DeadlineRuleOverrideKind, { name: 'DeadlineRuleOverrideKind' });
