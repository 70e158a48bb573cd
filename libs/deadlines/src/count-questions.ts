import { countPlan, type CountPlan } from './count-plan';
import { countDays, type CountContext } from './counting';
import type { Exclusion, Incomplete, IsoDate, SkippedDay, Unit } from './types';

/**
 * The counts of one computation (one rule). Readings that ask the same counting question
 * (start, period and active exclusions, named by the rule's exclusionsSignature) share one
 * answer; an answer comes from the calendar's count
 * plan when it has one (count-plan.ts), else from the walk (counting.ts). Either way the lists
 * of counted and skipped days are written out only when a reading that is shown asks.
 */

export interface Count {
  dueDate: IsoDate | null;
  incomplete: Incomplete | null;
  /** Fresh arrays on every call, in counting order. */
  lists(): { counted: IsoDate[]; skipped: SkippedDay[] };
}

export interface CountQuestions {
  /**
   * Count `period` days from the day number `start`. `exclusions` is the rule's
   * exclusionsSignature for the reading: within one computation (one rule) it names the active
   * exclusions `ctx` holds.
   */
  count(start: number, period: number, exclusions: number | string, ctx: CountContext): Count;
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
  exclusions: readonly Exclusion[],
  unit: Exclude<Unit, 'HOURS'>,
  direction: 'AFTER' | 'BEFORE',
  planHolidays: string | null,
): CountQuestions {
  const answers: Answer[] = [];
  const plans: { exclusions: number | string; plan: CountPlan | null }[] = [];
  const plannable = unit !== 'BUSINESS_DAYS' || planHolidays !== null;
  const planFor = (signature: number | string, ctx: CountContext): CountPlan | null => {
    for (const p of plans) if (p.exclusions === signature) return p.plan;
    const holidays = unit === 'BUSINESS_DAYS' ? planHolidays : '';
    const question = `${unit} ${direction} ${holidays ?? ''} ${signature}`;
    const plan = countPlan(ctx.days.real, exclusions, question, unit, ctx);
    plans.push({ exclusions: signature, plan });
    return plan;
  };
  return {
    count(start, period, signature, ctx) {
      for (const a of answers) {
        if (a.start === start && a.period === period && a.exclusions === signature) return a.count;
      }
      let count: Count | null = null;
      if (plannable) {
        const planned = planFor(signature, ctx)?.answer(start, period, direction);
        if (planned) count = { dueDate: planned.dueDate, incomplete: null, lists: planned.lists };
      }
      if (!count) {
        const walked = countDays(start, period, unit, direction, ctx);
        count = {
          dueDate: walked.dueDate,
          incomplete: walked.incomplete,
          lists: () => ({ counted: walked.counted.slice(), skipped: walked.skipped.slice() }),
        };
      }
      answers.push({ start, period, exclusions: signature, count });
      return count;
    },
  };
}
