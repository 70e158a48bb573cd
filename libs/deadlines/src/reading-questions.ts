import { RECEIPT_ON_CLOSED_DAY } from './ambiguities';
import { applies } from './conditions';
import type { CountPlan } from './count-plan';
import type { DayTable } from './day-table';
import { activeExclusions, exclusionsSignature, type ActiveExclusion } from './exclusions';
import { describeChoices, enumerateChoices } from './readings';
import type { CarryOver, Choices, DueDayAdjustment, Reading, RuleRecord } from './types';

/**
 * A rule's combinations of readings, grouped by the question each asks. A combination's
 * answer depends on its choices only through the parts of the rule they make active: whether
 * a closed-day receipt counts from the next open day, which carry-overs, exclusions (with their
 * edge weekends) and due-day adjustments apply. Combinations with the same active parts ask
 * the same question and get the same answer, whatever the trigger.
 *
 * This depends on the rule alone, so it is worked out once per rule object (a WeakMap, as
 * calendars are), with and without the closed-day receipt question.
 */

export interface Question {
  /** Count from the next open day (the closed-day receipt reading). */
  nextSchoolDay: boolean;
  carryOvers: readonly CarryOver[];
  exclusions: readonly ActiveExclusion[];
  /** exclusionsSignature of the combination: names `exclusions` within the rule. */
  exclusionsSignature: number | string;
  dueDayAdjustments: readonly DueDayAdjustment[];
  /**
   * The count plans this question has used, per calendar table and holidays: a cache that
   * count-questions.ts fills, so a computation finds its plan without writing out the question.
   */
  plans: WeakMap<DayTable, Map<string, CountPlan>>;
}

export interface Combination {
  /** The choices, in enumeration order. A template: a reading gets its own copy. */
  choices: Choices;
  /** Index into `questions`. */
  question: number;
  /** describeChoices of the choices. A template too: a reading gets its own copies. */
  assumptions: Reading['assumptions'];
}

export interface RuleQuestions {
  combinations: readonly Combination[];
  questions: readonly Question[];
}

const cache = new WeakMap<RuleRecord, { plain?: RuleQuestions; receipt?: RuleQuestions }>();

/** The rule's combinations (with the closed-day receipt question added or not). */
export function ruleQuestions(rule: RuleRecord, withReceipt: boolean): RuleQuestions {
  let entry = cache.get(rule);
  if (!entry) {
    entry = {};
    cache.set(rule, entry);
  }
  const hit = withReceipt ? entry.receipt : entry.plain;
  if (hit) return hit;
  const built = build(rule, withReceipt);
  if (withReceipt) entry.receipt = built;
  else entry.plain = built;
  return built;
}

function build(rule: RuleRecord, withReceipt: boolean): RuleQuestions {
  const ids = withReceipt ? [...rule.ambiguities, RECEIPT_ON_CLOSED_DAY] : rule.ambiguities;
  const questions: Question[] = [];
  const byKey = new Map<string, number>();
  const combinations = enumerateChoices(ids).map((choices): Combination => {
    const nextSchoolDay = choices[RECEIPT_ON_CLOSED_DAY] === 'NEXT_SCHOOL_DAY';
    const carryOvers = rule.carryOvers.filter((c) => applies(c.when, choices));
    const signature = exclusionsSignature(rule.exclusions, choices);
    const dueDayAdjustments = rule.dueDayAdjustments.filter((a) => applies(a.when, choices));
    const key = [
      nextSchoolDay ? 'N' : 'R',
      rule.carryOvers.map((c) => (carryOvers.includes(c) ? '1' : '0')).join(''),
      String(signature),
      rule.dueDayAdjustments.map((a) => (dueDayAdjustments.includes(a) ? '1' : '0')).join(''),
    ].join('|');
    let question = byKey.get(key);
    if (question === undefined) {
      question = questions.length;
      byKey.set(key, question);
      questions.push({
        nextSchoolDay,
        carryOvers,
        exclusions: activeExclusions(rule.exclusions, choices),
        exclusionsSignature: signature,
        dueDayAdjustments,
        plans: new WeakMap(),
      });
    }
    return { choices, question, assumptions: describeChoices(choices) };
  });
  return { combinations, questions };
}
