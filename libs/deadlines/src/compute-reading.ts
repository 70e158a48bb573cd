import { adjustDueDay } from './adjustments';
import { RECEIPT_ON_CLOSED_DAY } from './ambiguities';
import { applyCarryOvers } from './carry-over';
import { countDays, type CountContext, type CountResult } from './counting';
import type { CountingDays } from './counting-days';
import { toDayNumber, weekdayName } from './dates';
import { activeExclusions, type ActiveExclusion } from './exclusions';
import { explain } from './explanation';
import { describeChoices, distinctKey, enumerateChoices, sortReadings } from './readings';
import { endOfDay, localDate, startOfDay } from './time-zone';
import type { TriggeredAt } from './compute-deadline';
import type {
  AbsenceCount,
  Choices,
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
 * only where its ambiguity matters), so each combination is first worked out as a draft: its
 * due day and the parts of its explanation. Only the first draft for each distinct due instant
 * becomes a Reading (assumptions, explanation, summary). And combinations that ask the same
 * counting question (same start, period and active exclusions) share one count.
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
}

/** One combination worked out, before it is written up as a Reading. */
interface Draft {
  choices: Choices;
  trigger: IsoDate;
  dueDate: IsoDate | null;
  dueInstant: string | null;
  incomplete: Incomplete | null;
  counted: readonly IsoDate[];
  skipped: readonly SkippedDay[];
  adjustments: string[];
  absences: AbsenceCount | null;
}

export function computeReadings(env: ReadingEnv, ambiguities: readonly string[]): Reading[] {
  const counts = new Map<string, CountResult>();
  const kept = new Map<string, Reading>();
  for (const choices of enumerateChoices(ambiguities)) {
    const draft = computeDraft(env, choices, counts);
    const key = distinctKey(draft);
    // The first combination found for a due instant is the one kept (readings.ts).
    if (!kept.has(key)) kept.set(key, toReading(env, draft));
  }
  return sortReadings([...kept.values()]);
}

function toReading(env: ReadingEnv, draft: Draft): Reading {
  return {
    assumptions: describeChoices(draft.choices),
    choices: draft.choices,
    dueDate: draft.dueDate,
    dueInstant: draft.dueInstant,
    incomplete: draft.incomplete,
    explanation: explain({
      rule: env.rule,
      period: env.period,
      unit: env.unit,
      trigger: draft.trigger,
      dueDate: draft.dueDate,
      // Copies: a count shared by several combinations is not shared by their readings.
      counted: draft.counted.slice(),
      skipped: draft.skipped.slice(),
      adjustments: draft.adjustments,
      absences: draft.absences,
      basisLabel: env.basisLabel,
      verified: env.verified,
    }),
  };
}

/** A count, or the same count already made for another combination of this computation. */
function countOnce(
  counts: Map<string, CountResult>,
  start: number,
  period: number,
  unit: Exclude<Unit, 'HOURS'>,
  direction: 'AFTER' | 'BEFORE',
  ctx: CountContext,
): CountResult {
  const key = `${start} ${period} ${exclusionsKey(ctx.exclusions)}`;
  let result = counts.get(key);
  if (!result) {
    result = countDays(start, period, unit, direction, ctx);
    counts.set(key, result);
  }
  return result;
}

function exclusionsKey(exclusions: readonly ActiveExclusion[]): string {
  let key = '';
  for (const e of exclusions) key += `${e.kind}/${e.minSchoolDays}/${e.edges}/${e.label};`;
  return key;
}

function computeDraft(env: ReadingEnv, choices: Choices, counts: Map<string, CountResult>): Draft {
  const { rule, period, unit } = env;
  const adjustments: string[] = [];
  // The reading where a request that arrived while the school was closed counts as received
  // the next day it is open.
  let triggerDate = env.triggerDate;
  if (
    env.receivedClosed &&
    env.nextOpenDay &&
    choices[RECEIPT_ON_CLOSED_DAY] === 'NEXT_SCHOOL_DAY'
  ) {
    triggerDate = env.nextOpenDay;
    adjustments.push(
      `${env.triggerDate} was ${env.receivedClosed}: counted as received the next school day, ${weekdayName(triggerDate)} ${triggerDate}`,
    );
  }
  let absences: AbsenceCount | null = null;
  const finish = (
    dueDate: IsoDate | null,
    dueInstant: string | null,
    counted: readonly IsoDate[],
    skipped: readonly SkippedDay[],
    incomplete: Incomplete | null,
  ): Draft => ({
    choices,
    trigger: triggerDate,
    dueDate,
    dueInstant,
    incomplete,
    counted,
    skipped,
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
    return finish(localDate(due, env.timeZone), due.toISOString(), [], [], null);
  }

  const triggerDay = toDayNumber(triggerDate);
  const extension = rule.absenceExtension && env.absences ? rule.absenceExtension : null;
  let carry = applyCarryOvers(triggerDate, triggerDay, rule.carryOvers, choices, env.days);
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
  if (carry.kind === 'INCOMPLETE') return finish(null, null, [], [], carry.incomplete);
  let dueDate: IsoDate;
  let counted: readonly IsoDate[] = [];
  let skipped: readonly SkippedDay[] = [];
  if (carry.kind === 'APPLIED') {
    dueDate = carry.dueDate;
    adjustments.push(carry.note);
  } else {
    const ctx: CountContext = {
      days: env.days,
      exclusions: activeExclusions(rule.exclusions, choices),
    };
    const result = countOnce(counts, triggerDay, period, unit, rule.direction, ctx);
    counted = result.counted;
    skipped = result.skipped;
    if (result.incomplete || result.dueDate === null) {
      return finish(null, null, counted, skipped, result.incomplete);
    }
    dueDate = result.dueDate;
    if (extension) {
      // TEC 29.004(a)(1): the school days of the period on which the student was absent; at
      // the minimum or more, the period is extended by that many school days.
      const counting = new Set(counted);
      const days = [...new Set(env.absences ?? [])].filter((d) => counting.has(d)).sort();
      const extendedBy = days.length >= extension.minDays ? days.length : 0;
      absences = { days, extendedBy, minDays: extension.minDays, citation: extension.citation };
      if (extendedBy > 0) {
        const more = countOnce(counts, toDayNumber(dueDate), extendedBy, unit, rule.direction, ctx);
        counted = [...counted, ...more.counted];
        skipped = [...skipped, ...more.skipped];
        if (more.incomplete || more.dueDate === null) {
          return finish(null, null, counted, skipped, more.incomplete);
        }
        adjustments.push(
          `extended by ${extendedBy} school days: absent ${days.join(', ')} (${extension.citation}), from ${dueDate} to ${more.dueDate}`,
        );
        dueDate = more.dueDate;
      }
    }
  }
  const adjusted = adjustDueDay(dueDate, rule.dueDayAdjustments, choices, env.days);
  adjustments.push(...adjusted.notes);
  if (adjusted.incomplete) {
    return finish(null, null, counted, skipped, adjusted.incomplete);
  }
  const instant = endOfDay(adjusted.dueDate, env.timeZone).toISOString();
  return finish(adjusted.dueDate, instant, counted, skipped, null);
}

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
