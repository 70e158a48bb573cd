import { isDeepStrictEqual } from 'node:util';
import { computeDeadline, type DeadlineInput } from '../compute-deadline';
import { addDays } from '../dates';
import { resolveRules, type RuleOverride } from '../resolve-rules';
import { builtInRules } from '../rules';
import type {
  DeadlineResult,
  Jurisdiction,
  RuleRecord,
  SchoolCalendar,
  SchoolYear,
} from '../types';
import {
  CALENDAR_2025_26,
  CALENDAR_TWO_YEARS,
  YEAR_2025_26,
  YEAR_2026_27,
} from './district-calendars';
import { computeDeadline as referenceComputeDeadline } from './reference-engine';

/**
 * The inputs on which the engine must give the same answers as the frozen reference engine
 * (./reference-engine), and the comparison itself. Shared by same-answers.spec.ts (sampled,
 * to stay quick in the unit suite) and `npm run bench:deadlines` (every day).
 *
 * Every built-in rule (and every rule with no fixed period under an organization's soft
 * default) × each of its triggers × trigger days (weekends and holidays included; as a day
 * and as instants either side of midnight in the district's zone) × no calendar, the 2025-26
 * calendar, the two-year one and one with a year missing between two. Rules with an absence extension also run with absences,
 * and one day in seven with an extra public holiday the caller knows of.
 */

export interface SameAnswersOptions {
  /** First and last trigger day. */
  from: string;
  to: string;
  /** Every how many days a trigger day is taken (1: every day). */
  stride: number;
  /** Also trigger at instants (early UTC morning: still the day before in US zones). */
  instants: boolean;
}

export interface Difference {
  input: string;
  reference: DeadlineResult;
  actual: DeadlineResult;
}

export interface Comparison {
  computations: number;
  /** Readings compared: the reference results' readings, each compared whole. */
  readings: number;
  differences: Difference[];
}

const ZONES: Record<Jurisdiction, string> = {
  US: 'America/New_York',
  CA: 'America/Los_Angeles',
  TX: 'America/Chicago',
  NY: 'America/New_York',
  FL: 'America/New_York',
  PA: 'America/New_York',
  IL: 'America/Chicago',
  OH: 'America/New_York',
  MA: 'America/New_York',
  NJ: 'America/New_York',
  VA: 'America/New_York',
  WA: 'America/Los_Angeles',
  GA: 'America/New_York',
};

/**
 * 2025-26 and 2027-28 (2026-27's days a year later): the year between is missing, so days
 * inside the calendar's span are missing too (stood in for, never summer).
 */
const CALENDAR_WITH_GAP: SchoolCalendar = {
  years: [YEAR_2025_26, shiftYear(YEAR_2026_27, 364)],
};

function shiftYear(year: SchoolYear, days: number): SchoolYear {
  return {
    firstDay: addDays(year.firstDay, days),
    lastDay: addDays(year.lastDay, days),
    nonSchoolDays: year.nonSchoolDays.map((d) => ({ ...d, date: addDays(d.date, days) })),
  };
}

export const CALENDARS: readonly (SchoolCalendar | undefined)[] = [
  undefined,
  CALENDAR_2025_26,
  CALENDAR_TWO_YEARS,
  CALENDAR_WITH_GAP,
];

/** The built-in rules, plus soft defaults for the rules with no fixed period. */
export function comparedRules(): RuleRecord[] {
  const units = ['SCHOOL_DAYS', 'BUSINESS_DAYS', 'CALENDAR_DAYS'] as const;
  const overrides: RuleOverride[] = builtInRules
    .filter((r) => r.period === null || r.unit === null)
    .map((r, i) => ({
      kind: 'SOFT_DEFAULT',
      ruleId: r.id,
      period: 10 + i,
      unit: units[i % units.length] ?? 'SCHOOL_DAYS',
    }));
  return resolveRules(builtInRules, overrides);
}

/** Every input of the comparison, generated lazily (there are a few hundred thousand). */
export function* sameAnswersInputs(options: SameAnswersOptions): Generator<DeadlineInput> {
  const rules = comparedRules();
  for (const rule of rules) {
    const timeZone = ZONES[rule.jurisdiction];
    for (const trigger of rule.triggers) {
      const query = {
        rules,
        jurisdiction: rule.jurisdiction,
        requestType: rule.requestTypes[0] ?? 'OTHER',
        trigger,
        ruleId: rule.id,
        timeZone,
      };
      for (const calendar of CALENDARS) {
        let n = 0;
        for (let day = options.from; day <= options.to; day = addDays(day, options.stride), n++) {
          const env = { ...query, calendar };
          yield { ...env, triggeredAt: { date: day } };
          if (options.instants) {
            yield { ...env, triggeredAt: { instant: `${day}T03:30:00.000Z` } };
            yield { ...env, triggeredAt: { instant: new Date(`${day}T17:45:00.000Z`) } };
          }
          if (n % 7 === 3) {
            const additionalHolidays = [{ date: addDays(day, 9), name: "Governor's day" }];
            yield { ...env, additionalHolidays, triggeredAt: { date: day } };
          }
          if (rule.absenceExtension) {
            const absent = (k: number) => addDays(day, k);
            for (const absences of [
              [],
              [absent(2)],
              [absent(3), absent(4), absent(8)],
              [absent(1), absent(2), absent(9), absent(16), absent(40), absent(-3)],
            ]) {
              yield { ...env, absences, triggeredAt: { date: day } };
            }
          }
        }
      }
    }
    // Without a rule id: the table picks the rule, and notes the other clocks it starts.
    yield {
      rules,
      jurisdiction: rule.jurisdiction,
      requestType: rule.requestTypes[0] ?? 'OTHER',
      trigger: rule.triggers[0] ?? 'WRITTEN_REQUEST_RECEIVED',
      timeZone,
      calendar: CALENDAR_TWO_YEARS,
      triggeredAt: { date: options.from },
    };
  }
}

/** Both engines on every input; a difference is any result not deeply and byte-for-byte equal. */
export function compareEngines(options: SameAnswersOptions): Comparison {
  const out: Comparison = { computations: 0, readings: 0, differences: [] };
  for (const input of sameAnswersInputs(options)) {
    const reference = referenceComputeDeadline(input);
    const actual = computeDeadline(input);
    out.computations++;
    out.readings += reference.readings.length;
    if (
      !isDeepStrictEqual(actual, reference) ||
      JSON.stringify(actual) !== JSON.stringify(reference)
    ) {
      out.differences.push({ input: describe(input), reference, actual });
    }
  }
  return out;
}

function describe(input: DeadlineInput): string {
  const at =
    'date' in input.triggeredAt ? input.triggeredAt.date : String(input.triggeredAt.instant);
  const calendar = input.calendar ? `${input.calendar.years.length}-year calendar` : 'no calendar';
  const extras = [
    input.absences ? `absences ${input.absences.join(',')}` : '',
    input.additionalHolidays ? `extra holiday ${input.additionalHolidays[0]?.date ?? ''}` : '',
  ].filter(Boolean);
  return [input.ruleId ?? `${input.requestType}/${input.trigger}`, at, calendar, ...extras].join(
    ' · ',
  );
}
