import {
  builtInRules,
  computeDeadline,
  type DeadlineResult,
  type RequestType,
  type RuleRecord,
  type SchoolCalendar,
  type TriggerType,
} from '@onrecord/deadlines';

/** Where a case's deadlines are counted: its student's school's district, if any. */
export interface DeadlinePlace {
  /** The district (its name for letters), or null: no school on record, or a preview by state. */
  district: { id: string; name: string } | null;
  /**
   * Whose rules apply: the district's state; without a district, a state given for a preview
   * (counted in the organization's time zone) or null (the federal rules).
   */
  jurisdiction: string | null;
  timeZone: string;
  calendar: SchoolCalendar;
  /**
   * The organization's rules (deadline-rule.rules.ts: built-in merged with its overrides, its
   * settings' soft default on rules with no fixed period). Absent: the built-in rules.
   */
  rules?: readonly RuleRecord[];
  /**
   * The student's full days absent, when a rule of the district's state counts them (TX TEC
   * 29.004(a)(1)); absent otherwise.
   */
  absences?: readonly string[];
}

/** What a deadline is computed from, besides the place. */
export interface DeadlineQuery {
  caseId: string;
  type: string;
  trigger: string;
  /** The trigger date: usually the day the school received the request. */
  receivedOn: string;
}

const NO_DISTRICT_NOTE =
  "The student has no school on record, so no district: the federal rule applies, counted in the organization's time zone with no school calendar.";

/** The engine's answer for a place: what RequestDeadlineService stores on a request. */
export function deadlineAt(
  place: DeadlinePlace,
  query: Omit<DeadlineQuery, 'caseId'>,
): DeadlineResult {
  const result = computeDeadline({
    // The organization's rules (placeOf), or the built-in ones for a place built by hand.
    rules: place.rules ?? builtInRules,
    jurisdiction: place.jurisdiction,
    requestType: query.type as RequestType,
    trigger: query.trigger as TriggerType,
    timeZone: place.timeZone,
    calendar: place.calendar,
    triggeredAt: { date: query.receivedOn },
    absences: place.absences,
  });
  if (place.district) return result;
  if (place.jurisdiction) {
    const note = `Only a state was given: counted in the organization's time zone (${place.timeZone}) with no school calendar.`;
    return { ...result, notes: [note, ...result.notes] };
  }
  return {
    ...result,
    jurisdiction: {
      ...result.jurisdiction,
      fellBackToFederal: true,
      reason: result.jurisdiction.reason ?? NO_DISTRICT_NOTE,
    },
    notes: [NO_DISTRICT_NOTE, ...result.notes],
  };
}
