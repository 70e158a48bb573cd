import { countPlan, type CountPlan } from './count-plan';
import { countDays } from './counting';
import { toDayNumber } from './dates';
import type { CountingDays } from './counting-days';
import type { Question } from './reading-questions';
import type { Incomplete, IsoDate, SkippedDay, Unit } from './types';

/**
 * The counts of one computation (one rule). Readings that ask the same counting question
 * (start, period and active exclusions, named by the rule's exclusionsSignature) share one
 * answer; an answer comes from the calendar's count plan when it has one (count-plan.ts),
 * else from the walk (counting.ts). Either way the lists of counted and skipped days are
 * written out only when a reading that is shown asks.
 */

export interface Count {
  dueDate: IsoDate | null;
  dueDay: number | null;
  incomplete: Incomplete | null;
  /** Fresh arrays on every call, in counting order. */
  lists(): { counted: IsoDate[]; skipped: SkippedDay[] };
}

export interface CountQuestions {
  /** Count `period` days from the day number `start`, with the question's exclusions. */
  count(start: number, period: number, question: Question): Count;
}

/** One answered question (a computation asks a handful: a linear scan finds them). */
interface Answer {
  start: number;
  period: number;
  exclusions: number | string;
  count: Count;
}

/**
 * `planHolidays` names the holidays a business-day plan may be built with (the default
 * source's, for the jurisdiction), or is null when the computation has other holidays: its
 * business days then always walk.
 */
export function countQuestions(
  days: CountingDays,
  unit: Exclude<Unit, 'HOURS'>,
  direction: 'AFTER' | 'BEFORE',
  planHolidays: string | null,
): CountQuestions {
  const answers: Answer[] = [];
  const plannable = unit !== 'BUSINESS_DAYS' || planHolidays !== null;
  const holidays = unit === 'BUSINESS_DAYS' ? (planHolidays ?? '') : '';
  const planFor = (question: Question): CountPlan | null => {
    // Remembered on the question (one rule's), per calendar table and holidays: found without
    // writing out the question; count-plan.ts builds and shares the plans.
    let byHolidays = question.plans.get(days.real);
    const hit = byHolidays?.get(holidays);
    if (hit) return hit;
    const ctx = { days, exclusions: question.exclusions };
    const plan = countPlan(days.real, unit, direction, holidays, ctx);
    if (plan) {
      if (!byHolidays) {
        byHolidays = new Map();
        question.plans.set(days.real, byHolidays);
      }
      byHolidays.set(holidays, plan);
    }
    return plan;
  };
  return {
    count(start, period, question) {
      const exclusions = question.exclusionsSignature;
      for (const a of answers) {
        if (a.start === start && a.period === period && a.exclusions === exclusions) return a.count;
      }
      let count: Count | null = null;
      if (plannable) {
        const planned = planFor(question)?.answer(start, period, direction);
        if (planned) {
          const { dueDate, dueDay, lists } = planned;
          count = { dueDate, dueDay, incomplete: null, lists };
        }
      }
      if (!count) {
        const ctx = { days, exclusions: question.exclusions };
        const walked = countDays(start, period, unit, direction, ctx);
        count = {
          dueDate: walked.dueDate,
          dueDay: walked.dueDate === null ? null : toDayNumber(walked.dueDate),
          incomplete: walked.incomplete,
          lists: () => ({ counted: walked.counted.slice(), skipped: walked.skipped.slice() }),
        };
      }
      answers.push({ start, period, exclusions, count });
      return count;
    },
  };
}
