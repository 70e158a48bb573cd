import { ResponseOutcome } from './school-response.enums';
import { WrittenRequestType } from '../written-requests/written-request.enums';

/**
 * When a school's answer is not an answer (issue 20, "A stall is not an answer").
 *
 * A school that answers "we need more data first" has not decided anything: the duty the rule
 * names (an assessment plan, a consent form, Prior Written Notice) is still owed. A school that
 * says no to something special education law lets a family ask for must say so in Prior
 * Written Notice (34 CFR 300.503(a)(2): notice whenever the school refuses to initiate or
 * change identification, evaluation, placement or services); a no without it leaves the
 * family nothing to challenge. Either way the request stays open (SENT): it becomes overdue
 * when its deadline passes, it is followed up, and the outcome report counts it apart —
 * never as answered on time.
 */
export enum StallKind {
  /** "We need more data before we decide" (DEFERRED_NEEDS_DATA). */
  DEFERRED = 'DEFERRED',
  /** A no, in whole or in part, with no Prior Written Notice where the law requires one. */
  REFUSED_WITHOUT_PWN = 'REFUSED_WITHOUT_PWN',
}

/** Outcomes that refuse what was asked, in whole or in part. */
export const REFUSALS: readonly ResponseOutcome[] = [
  ResponseOutcome.DENIED,
  ResponseOutcome.PARTIALLY_GRANTED,
  ResponseOutcome.NOT_AVAILABLE,
  ResponseOutcome.REFERRED_ELSEWHERE,
];

/**
 * Request types whose refusal needs Prior Written Notice: each asks for an evaluation, a
 * meeting about the IEP, services or a placement (34 CFR 300.503), or for the notice itself;
 * accommodations under Section 504 need a notice of the decision and of procedural
 * safeguards (34 CFR 104.36). Records (access, FERPA) and OTHER (anything) do not.
 */
export const PWN_ON_REFUSAL: ReadonlySet<WrittenRequestType> = new Set([
  WrittenRequestType.EVALUATION,
  WrittenRequestType.IEP_MEETING,
  WrittenRequestType.FBA,
  WrittenRequestType.BEHAVIOR_PLAN,
  WrittenRequestType.ACCOMMODATIONS,
  WrittenRequestType.REINTEGRATION_PLAN,
  WrittenRequestType.PRIOR_WRITTEN_NOTICE,
  WrittenRequestType.INDEPENDENT_EVALUATION,
  WrittenRequestType.HOME_INSTRUCTION,
]);

/** Why an answer of `outcome` to a request of `type` is a stall, or null when it answers. */
export function stallOf(
  type: WrittenRequestType,
  outcome: ResponseOutcome,
  priorWrittenNotice: boolean,
): StallKind | null {
  if (outcome === ResponseOutcome.DEFERRED_NEEDS_DATA) return StallKind.DEFERRED;
  if (REFUSALS.includes(outcome) && PWN_ON_REFUSAL.has(type) && !priorWrittenNotice)
    return StallKind.REFUSED_WITHOUT_PWN;
  return null;
}

/** Whether any of a request's responses (not archived) answers it. */
export const discharged = (
  type: WrittenRequestType,
  responses: ReadonlyArray<{ outcome: ResponseOutcome; priorWrittenNotice: boolean }>,
): boolean => responses.some((r) => stallOf(type, r.outcome, r.priorWrittenNotice) === null);

/**
 * The SQL twin of stallOf over a school_response aliased `sr` and its request's type
 * `requestType` (used by the outcome report's summary). Built from the same lists.
 */
export function stallSql(requestType: string, sr: string): string {
  const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
  return `CASE WHEN ${sr}.outcome = '${ResponseOutcome.DEFERRED_NEEDS_DATA}' THEN '${StallKind.DEFERRED}'
            WHEN ${sr}.outcome IN (${list(REFUSALS)}) AND ${requestType} IN (${list([...PWN_ON_REFUSAL])})
                 AND NOT ${sr}.prior_written_notice THEN '${StallKind.REFUSED_WITHOUT_PWN}' END`;
}
