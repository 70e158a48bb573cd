import { adjustDueDay } from './adjustments';
import { applyCarryOvers } from './carry-over';
import { countQuestions, type CountQuestions } from './count-questions';
import type { CountingDays } from './counting-days';
import { toDayNumber, weekdayName } from './dates';
import { explain } from './explanation';
import { ruleQuestions, type Combination, type Question } from './reading-questions';
import { distinctKey, sortReadings } from './readings';
import { endOfDayIso, localDate, startOfDay } from './time-zone';
import type { TriggeredAt } from './compute-deadline';
import type {
  AbsenceCount,
  Incomplete,
  IsoDate,
  Reading,
  RuleRecord,
  SkippedDay,
  Unit,
} from './types';

/**
 * The readings of one rule: every combination of its ambiguities' options, computed, and the
 * distinct ones (by due instant; ambiguities.ts) returned earliest first.
 *
 * Most combinations land on a due day another combination already gave (a reading differs
 * only where its ambiguity matters), so:
 * - combinations whose choices make the same parts of the rule active ask the same question
 *   (reading-questions.ts, worked out once per rule) and share one draft: the due day and the
 *   parts of the explanation;
 * - drafts that count the same days (start, period, active exclusions) share one count
 *   (count-questions.ts);
 * - only the first combination for each distinct due instant becomes a Reading (assumptions,
 *   explanation, summary, lists of days).
 */

export interface ReadingEnv {
  rule: RuleRecord;
  period: number;
  unit: Unit;
  triggerDate: IsoDate;
  triggeredAt: TriggeredAt;
  timeZone: string;
  days: CountingDays;
  basisLabel: string;
  verified: boolean;
  /** Set when the trigger day was a weekend, holiday or closure: why, and the next open day. */
  receivedClosed: string | null;
  nextOpenDay: IsoDate | null;
  absences: readonly IsoDate[] | null;
  /**
   * The jurisdiction whose default public holidays a business-day count plan may be built
   * with, or null when the computation has other holidays (count-questions.ts).
   */
  planHolidays: string | null;
}

/** One combination worked out, before it is written up as a Reading. */
interface Draft {
  trigger: IsoDate;
  dueDate: IsoDate | null;
  dueInstant: string | null;
  incomplete: Incomplete | null;
  /** The explanation's lists of days, written out when asked (fresh arrays on every call). */
  lists: () => { counted: readonly IsoDate[]; skipped: readonly SkippedDay[] };
  adjustments: string[];
  absences: AbsenceCount | null;
}

export function computeReadings(env: ReadingEnv): Reading[] {
  // The rule's ambiguities, and the closed-day receipt question when the trigger day was closed.
  const { combinations, questions } = ruleQuestions(env.rule, env.receivedClosed !== null);
  const counts =
    env.unit === 'HOURS'
      ? null
      : countQuestions(env.days, env.unit, env.rule.direction, env.planHolidays);
  // The trigger as a day number (an hours clock needs none, and its date is not checked).
  const triggerDay = env.unit === 'HOURS' ? 0 : toDayNumber(env.triggerDate);
  const drafts: (Draft | undefined)[] = new Array<Draft | undefined>(questions.length);
  const kept = new Map<string, Reading>();
  for (const combination of combinations) {
    let draft = drafts[combination.question];
    if (!draft) {
      draft = computeDraft(env, questions[combination.question] ?? NO_QUESTION, triggerDay, counts);
      drafts[combination.question] = draft;
    }
    const key = distinctKey(draft);
    // The first combination found for a due instant is the one kept (readings.ts).
    if (!kept.has(key)) kept.set(key, toReading(env, combination, draft));
  }
  return sortReadings([...kept.values()]);
}

/** Never used: every combination's question index is in range (the type cannot say so). */
const NO_QUESTION: Question = {
  nextSchoolDay: false,
  carryOvers: [],
  exclusions: [],
  exclusionsSignature: 0,
  dueDayAdjustments: [],
  plans: new WeakMap(),
};

function toReading(env: ReadingEnv, combination: Combination, draft: Draft): Reading {
  const { counted, skipped } = draft.lists();
  return {
    // Copies of the templates: no two results share an object.
    assumptions: combination.assumptions.map((a) => ({
      ambiguity: a.ambiguity,
      question: a.question,
      option: a.option,
      label: a.label,
    })),
    choices: { ...combination.choices },
    dueDate: draft.dueDate,
    dueInstant: draft.dueInstant,
    incomplete: draft.incomplete,
    explanation: explain({
      rule: env.rule,
      period: env.period,
      unit: env.unit,
      trigger: draft.trigger,
      dueDate: draft.dueDate,
      counted,
      skipped,
      adjustments: draft.adjustments,
      absences: draft.absences,
      basisLabel: env.basisLabel,
      verified: env.verified,
    }),
  };
}

function computeDraft(
  env: ReadingEnv,
  question: Question,
  receivedDay: number,
  counts: CountQuestions | null,
): Draft {
  const { rule, period, unit } = env;
  const adjustments: string[] = [];
  // The reading where a request that arrived while the school was closed counts as received
  // the next day it is open.
  let triggerDate = env.triggerDate;
  let triggerDay = receivedDay;
  if (env.receivedClosed && env.nextOpenDay && question.nextSchoolDay) {
    triggerDate = env.nextOpenDay;
    triggerDay = toDayNumber(triggerDate);
    adjustments.push(
      `${env.triggerDate} was ${env.receivedClosed}: counted as received the next school day, ${weekdayName(triggerDate)} ${triggerDate}`,
    );
  }
  let absences: AbsenceCount | null = null;
  const finish = (
    dueDate: IsoDate | null,
    dueInstant: string | null,
    lists: Draft['lists'],
    incomplete: Incomplete | null,
  ): Draft => ({
    trigger: triggerDate,
    dueDate,
    dueInstant,
    incomplete,
    lists,
    adjustments,
    absences,
  });

  if (unit === 'HOURS') {
    // CA EC 56341.1(g)(1): an exact instant, not the end of a day.
    const at =
      'date' in env.triggeredAt
        ? startOfDay(env.triggeredAt.date, env.timeZone)
        : new Date(env.triggeredAt.instant);
    const sign = rule.direction === 'AFTER' ? 1 : -1;
    const due = new Date(at.getTime() + sign * period * 3_600_000);
    if ('date' in env.triggeredAt) {
      adjustments.push(`no time given: counted from the start of ${env.triggeredAt.date}`);
    }
    return finish(localDate(due, env.timeZone), due.toISOString(), noLists, null);
  }

  const extension = rule.absenceExtension && env.absences ? rule.absenceExtension : null;
  let carry = applyCarryOvers(triggerDate, triggerDay, question.carryOvers, env.days);
  if (carry.kind === 'APPLIED' && extension) {
    // TEC 29.004(a-1): absent on 3 or more days before the year ends → (a)(1) applies instead.
    const year = env.days.yearContaining(triggerDay);
    const absent = year
      ? absentSchoolDays(env.absences ?? [], triggerDate, year.lastDay, env.days)
      : [];
    if (absent.length >= extension.minDays) {
      adjustments.push(
        `end-of-year rule not applied: absent ${absent.length} school days before the last instructional day (${absent.join(', ')}; ${extension.citation})`,
      );
      carry = { kind: 'NONE' };
    }
  }
  if (carry.kind === 'INCOMPLETE') return finish(null, null, noLists, carry.incomplete);
  let dueDate: IsoDate;
  let dueDay: number | null = null;
  let lists: Draft['lists'] = noLists;
  if (carry.kind === 'APPLIED') {
    dueDate = carry.dueDate;
    adjustments.push(carry.note);
  } else if (!counts) {
    throw new Error('unreachable: hours are not counted in days');
  } else {
    const result = counts.count(triggerDay, period, question);
    lists = result.lists;
    if (result.incomplete || result.dueDate === null) {
      return finish(null, null, lists, result.incomplete);
    }
    dueDate = result.dueDate;
    dueDay = result.dueDay;
    if (extension) {
      // TEC 29.004(a)(1): the school days of the period on which the student was absent; at
      // the minimum or more, the period is extended by that many school days.
      const period1 = result.lists();
      const counting = new Set(period1.counted);
      const days = [...new Set(env.absences ?? [])].filter((d) => counting.has(d)).sort();
      const extendedBy = days.length >= extension.minDays ? days.length : 0;
      absences = { days, extendedBy, minDays: extension.minDays, citation: extension.citation };
      if (extendedBy > 0) {
        const more = counts.count(toDayNumber(dueDate), extendedBy, question);
        lists = () => {
          const period2 = more.lists();
          return {
            counted: [...period1.counted, ...period2.counted],
            skipped: [...period1.skipped, ...period2.skipped],
          };
        };
        if (more.incomplete || more.dueDate === null) {
          return finish(null, null, lists, more.incomplete);
        }
        adjustments.push(
          `extended by ${extendedBy} school days: absent ${days.join(', ')} (${extension.citation}), from ${dueDate} to ${more.dueDate}`,
        );
        dueDate = more.dueDate;
        dueDay = more.dueDay;
      }
    }
  }
  const adjusted = adjustDueDay(dueDate, dueDay, question.dueDayAdjustments, env.days);
  for (const note of adjusted.notes) adjustments.push(note);
  if (adjusted.incomplete) {
    return finish(null, null, lists, adjusted.incomplete);
  }
  const instant = endOfDayIso(adjusted.dueDate, env.timeZone);
  return finish(adjusted.dueDate, instant, lists, null);
}

/** No days counted (an hours clock, or a due day an end-of-year rule set). */
const noLists: Draft['lists'] = () => ({ counted: [], skipped: [] });

/** The given absences that fall on school days in (from, to]. */
function absentSchoolDays(
  absences: readonly IsoDate[],
  from: IsoDate,
  to: IsoDate,
  days: CountingDays,
): IsoDate[] {
  return [...new Set(absences)]
    .filter((d) => d > from && d <= to && days.classify(toDayNumber(d)).kind === 'SCHOOL')
    .sort();
}
