import type { CaseClosingReason, CaseOutcome, CaseStatus } from '../../gql/graphql';

/** Where a case may go from each status: the api's rule (libs/cases/src/case-status.ts). */
export const CASE_TRANSITIONS: Record<CaseStatus, CaseStatus[]> = {
  INTAKE: ['ACTIVE', 'ON_HOLD', 'CLOSED'],
  ACTIVE: ['ON_HOLD', 'RESOLVED', 'CLOSED'],
  ON_HOLD: ['ACTIVE', 'CLOSED'],
  RESOLVED: ['CLOSED', 'ACTIVE'],
  CLOSED: ['ACTIVE'],
};

/** RESOLVED and CLOSED end the work on a case: they carry an outcome and a closing reason. */
export const endsCase = (status: CaseStatus | null | undefined): boolean =>
  status === 'RESOLVED' || status === 'CLOSED';

export const CASE_OUTCOMES: CaseOutcome[] = [
  'RETURNED_FULL_TIME',
  'RETURNED_PART_TIME_WITH_PLAN',
  'ALTERNATIVE_PLACEMENT',
  'HOME_INSTRUCTION',
  'SERVICES_GRANTED',
  'FAMILY_WITHDREW',
  'OTHER',
];

/** From the least done to the most, as legal aid's case service report orders them. */
export const CLOSING_REASONS: CaseClosingReason[] = [
  'COUNSEL_AND_ADVICE',
  'LIMITED_ACTION',
  'NEGOTIATED_WITHOUT_LITIGATION',
  'NEGOTIATED_WITH_LITIGATION',
  'AGENCY_DECISION',
  'COURT_DECISION',
  'EXTENSIVE_SERVICE',
  'OTHER',
];

/** The fields of the dialog the api may refuse, each with its own words. */
export const STATUS_FIELDS = [
  'status',
  'on',
  'outcome',
  'outcomeNotes',
  'closingReason',
  'reason',
] as const;
