import { registerEnumType } from '@nestjs/graphql';
import {
  normalizeJurisdiction,
  TRIGGERS,
  type RequestType,
  type RuleRecord,
  type TriggerType,
} from '@onrecord/deadlines';
import { badUserInput } from '@onrecord/platform/errors';

/**
 * What starts a deadline's clock, as a GraphQL enum with a description per value, so the
 * explorer and the console can list them. The values are the deadline engine's triggers.
 */
export const DeadlineTrigger = Object.fromEntries(TRIGGERS.map((t) => [t, t])) as {
  [K in TriggerType]: K;
};
export type DeadlineTrigger = TriggerType;

export const TRIGGER_DESCRIPTIONS: Record<TriggerType, string> = {
  WRITTEN_REQUEST_RECEIVED: 'The school received the written request (the usual clock).',
  ORAL_REQUEST_RECEIVED:
    'The request was made orally to school staff (some states, e.g. PA, give it its own clock).',
  CONSENT_RECEIVED: "The district received the parent's signed consent to evaluate.",
  ELIGIBILITY_DETERMINED: 'The team determined that the student is eligible.',
  EVALUATION_REPORT_COMPLETED: 'The written evaluation report was completed.',
  IEP_MEETING_HELD: 'An IEP meeting was held.',
  IEE_REPORT_RECEIVED: 'The district received the independent evaluation report.',
  DISTRICT_PROPOSAL: 'The district proposed or refused an action (Prior Written Notice).',
  IEE_REQUESTED:
    'The parent disagreed with a district evaluation and asked for an independent one.',
  ASSESSMENT_PLAN_RECEIVED: 'The parent received the proposed assessment plan (CA).',
  PROPOSED_IEP_RECEIVED: 'The parent received the proposed IEP (MA).',
  IDENTIFICATION_MEETING_HELD: 'The identification meeting was held (NJ).',
  MEETING_SCHEDULED: 'A meeting is scheduled: notice clocks count back from it.',
  DISCIPLINARY_REMOVAL_DECIDED: 'The district decided to change placement for discipline.',
  DUE_PROCESS_COMPLAINT_RECEIVED: 'The district received a due process complaint.',
  RESOLUTION_PERIOD_ENDED: 'The resolution period of a due process complaint ended.',
  STATE_COMPLAINT_FILED: 'A state complaint was filed.',
  AMENDMENT_REQUEST_RECEIVED: 'The school received a request to amend records.',
  RECORDS_APPEAL_RECEIVED: 'The board received an appeal of a decision on amending records (NJ).',
  REEVALUATION_REQUESTED: 'The parent asked for a reevaluation.',
  REEVALUATION_CONSENT_RECEIVED: 'The district received consent to reevaluate.',
  HOSPITAL_STAY_NOTIFIED:
    "The parent told the district of the pupil's stay in a hospital there (CA EC 48207.5).",
};

registerEnumType(DeadlineTrigger, {
  name: 'DeadlineTrigger',
  description: "What starts a deadline's clock (the deadline engine's triggers).",
  valuesMap: Object.fromEntries(
    TRIGGERS.map((t) => [t, { description: TRIGGER_DESCRIPTIONS[t] }]),
  ) as Record<TriggerType, { description: string }>,
});

/**
 * The triggers the rules of a state (and the federal baseline) time for a request type, in
 * table order. More than one means the trigger decides which clock runs.
 */
export function triggersFor(
  rules: readonly RuleRecord[],
  jurisdiction: string | null | undefined,
  type: RequestType,
): TriggerType[] {
  const state = normalizeJurisdiction(jurisdiction);
  const out = new Set<TriggerType>();
  for (const rule of rules) {
    if (!rule.enabled || !rule.requestTypes.includes(type)) continue;
    if (rule.jurisdiction !== state && rule.jurisdiction !== 'US') continue;
    for (const t of rule.triggers) out.add(t);
  }
  return [...out];
}

/**
 * Leaving the trigger out of a request whose type has more than one clock would silently pick
 * one (a TX consent timed as a request: 23 Oct instead of 12 Dec), so it is required there.
 * Returns the trigger to use: the one given, or the only one the rules have.
 */
export function requireTrigger(
  rules: readonly RuleRecord[],
  jurisdiction: string | null | undefined,
  type: RequestType,
  given: TriggerType | undefined,
  field = 'trigger',
): TriggerType {
  if (given) return given;
  const options = triggersFor(rules, jurisdiction, type);
  if (options.length <= 1) return options[0] ?? 'WRITTEN_REQUEST_RECEIVED';
  throw badUserInput([
    {
      field,
      message: `is required for a ${type} request${jurisdiction ? ` in ${normalizeJurisdiction(jurisdiction)}` : ''}: its rules start from different events (${options.join(', ')}); say which one starts the clock`,
    },
  ]);
}
