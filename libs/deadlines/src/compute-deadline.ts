import { adjustDueDay } from './adjustments';
import { calendarModel, type CalendarModel } from './calendar';
import { applyCarryOvers } from './carry-over';
import { countDays, holidayLookup } from './counting';
import { activeExclusions } from './exclusions';
import { explain, isVerified } from './explanation';
import { findRule, normalizeJurisdiction, type RuleQuery } from './find-rule';
import { dateHolidaysSource, isUsState, withAdditionalHolidays } from './holidays';
import { describeChoices, distinctReadings, enumerateChoices, whyReadingsDiffer } from './readings';
import { endOfDay, localDate, startOfDay } from './time-zone';
import type {
  Basis,
  Choices,
  DeadlineResult,
  Holiday,
  HolidaySource,
  IsoDate,
  Reading,
  RuleRecord,
  SchoolCalendar,
  SkippedDay,
  Unit,
} from './types';

/** When the clock started: a day, or an instant (its day in the district's zone counts). */
export type TriggeredAt = { date: IsoDate } | { instant: string | Date };

export interface DeadlineEnvironment {
  /** IANA zone of the district, e.g. America/Los_Angeles. */
  timeZone: string;
  calendar?: SchoolCalendar;
  /** Public holidays; default date-holidays ("public" type only). */
  holidays?: HolidaySource;
  /** Extra public holidays the caller knows of (e.g. a governor's proclamation). */
  additionalHolidays?: readonly { date: IsoDate; name: string }[];
  /** The district's state (its holidays count as business-day holidays). */
  jurisdiction?: string | null;
}

export interface DeadlineInput extends RuleQuery, Omit<DeadlineEnvironment, 'jurisdiction'> {
  /** The organisation's rules: `resolveRules(builtInRules, overrides)`. */
  rules: readonly RuleRecord[];
  triggeredAt: TriggeredAt;
}

/** Find the rule for a request and compute its deadline. */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const match = findRule(input.rules, input);
  const notes = match.reason ? [match.reason] : [];
  if (match.matches.length > 1) {
    notes.push(
      `The trigger also starts: ${match.matches
        .slice(1)
        .map((r) => `${r.id} (${r.duty})`)
        .join('; ')}`,
    );
  }
  return computeForRule(match.rule, input, {
    requested: match.requested,
    applied: match.applied,
    fellBackToFederal: match.fellBackToFederal,
    reason: match.reason,
    notes,
  });
}

/** Compute the deadline of one known rule (or report that no rule times the request). */
export function computeForRule(
  rule: RuleRecord | null,
  input: DeadlineEnvironment & { triggeredAt: TriggeredAt },
  context?: {
    requested: string | null;
    applied: DeadlineResult['jurisdiction']['applied'];
    fellBackToFederal: boolean;
    reason: string | null;
    notes: string[];
  },
): DeadlineResult {
  const triggerDate =
    'date' in input.triggeredAt
      ? input.triggeredAt.date
      : localDate(new Date(input.triggeredAt.instant), input.timeZone);
  const jurisdiction = context
    ? {
        requested: context.requested,
        applied: context.applied,
        fellBackToFederal: context.fellBackToFederal,
        reason: context.reason,
      }
    : {
        requested: input.jurisdiction ?? null,
        applied: rule?.jurisdiction ?? 'US',
        fellBackToFederal: false,
        reason: null,
      };
  const notes = [...(context?.notes ?? [])];
  const empty = (basis: Basis, basisLabel: string): DeadlineResult => ({
    ruleId: rule?.id ?? null,
    duty: rule?.duty ?? null,
    citation: rule?.citation ?? null,
    status: rule?.status ?? null,
    verified: false,
    basis,
    basisLabel,
    period: null,
    unit: null,
    jurisdiction,
    triggerDate,
    dueDate: null,
    dueInstant: null,
    earliest: null,
    latest: null,
    readings: [],
    whyReadingsDiffer: [],
    incomplete: null,
    notes: [...notes, ...(rule?.notes ?? [])],
  });

  if (!rule) {
    return empty(
      'NO_RULE',
      'No rule times this request: set an organization default (labelled as a default, not law)',
    );
  }

  let period = rule.period;
  let unit: Unit | null = rule.unit;
  let basis: Basis = rule.source === 'ORGANIZATION' ? 'ORGANIZATION_RULE' : 'RULE';
  let basisLabel =
    rule.source === 'ORGANIZATION'
      ? `Organization rule ${rule.id} (not law)`
      : rule.source === 'ORGANIZATION_CORRECTED'
        ? `Rule ${rule.id} (as corrected by the organization)`
        : `Rule ${rule.id}`;
  if (period === null || unit === null) {
    if (!rule.softDefault) {
      return empty(
        'NO_FIXED_PERIOD',
        `No fixed period (${rule.citation}): apply the organization's soft default, labelled as a default`,
      );
    }
    period = rule.softDefault.period;
    unit = rule.softDefault.unit;
    basis = 'ORGANIZATION_DEFAULT';
    basisLabel = rule.softDefault.label;
  }
  const verified = isVerified(rule, basis !== 'RULE');

  const holidayJurisdiction = holidayState(input.jurisdiction ?? rule.jurisdiction);
  const source = withAdditionalHolidays(
    input.holidays ?? dateHolidaysSource,
    input.additionalHolidays ?? [],
  );
  const env: ReadingEnv = {
    rule,
    period,
    unit,
    triggerDate,
    triggeredAt: input.triggeredAt,
    timeZone: input.timeZone,
    model: calendarModel(input.calendar),
    holiday: holidayLookup(source, holidayJurisdiction),
    basisLabel,
    verified,
  };
  const all = enumerateChoices(rule.ambiguities).map((choices) => computeReading(env, choices));
  const readings = distinctReadings(all);
  const dated = readings.filter((r) => r.dueDate !== null);
  const incomplete = readings.find((r) => r.incomplete)?.incomplete ?? null;
  const earliest = incomplete ? null : (dated[0] ?? null);
  const latest = incomplete ? null : (dated[dated.length - 1] ?? null);
  if (!verified) {
    notes.push(
      basis === 'RULE'
        ? `Unverified rule (status ${rule.status}): ${rule.statusNote}`
        : `${basisLabel}: not a statutory deadline`,
    );
  }
  return {
    ruleId: rule.id,
    duty: rule.duty,
    citation: rule.citation,
    status: rule.status,
    verified,
    basis,
    basisLabel,
    period,
    unit,
    jurisdiction,
    triggerDate,
    dueDate: earliest?.dueDate ?? null,
    dueInstant: earliest?.dueInstant ?? null,
    earliest,
    latest,
    readings,
    whyReadingsDiffer: earliest && latest ? whyReadingsDiffer(earliest, latest) : [],
    incomplete,
    notes: [...notes, ...rule.notes],
  };
}

function holidayState(jurisdiction: string): string {
  const code = normalizeJurisdiction(jurisdiction);
  return code !== 'US' && isUsState(code) ? code : 'US';
}

interface ReadingEnv {
  rule: RuleRecord;
  period: number;
  unit: Unit;
  triggerDate: IsoDate;
  triggeredAt: TriggeredAt;
  timeZone: string;
  model: CalendarModel;
  holiday: (date: IsoDate) => Holiday | undefined;
  basisLabel: string;
  verified: boolean;
}

function computeReading(env: ReadingEnv, choices: Choices): Reading {
  const { rule, period, unit, triggerDate } = env;
  const assumptions = describeChoices(choices);
  const finish = (
    dueDate: IsoDate | null,
    dueInstant: string | null,
    counted: IsoDate[],
    skipped: SkippedDay[],
    adjustments: string[],
    incomplete: Reading['incomplete'],
  ): Reading => ({
    assumptions,
    choices,
    dueDate,
    dueInstant,
    incomplete,
    explanation: explain({
      rule,
      period,
      unit,
      trigger: triggerDate,
      dueDate,
      counted,
      skipped,
      adjustments,
      basisLabel: env.basisLabel,
      verified: env.verified,
    }),
  });

  if (unit === 'HOURS') {
    // CA EC 56341.1(g)(1): an exact instant, not the end of a day.
    const at =
      'date' in env.triggeredAt
        ? startOfDay(env.triggeredAt.date, env.timeZone)
        : new Date(env.triggeredAt.instant);
    const sign = rule.direction === 'AFTER' ? 1 : -1;
    const due = new Date(at.getTime() + sign * period * 3_600_000);
    const adjustments =
      'date' in env.triggeredAt
        ? [`no time given: counted from the start of ${env.triggeredAt.date}`]
        : [];
    return finish(localDate(due, env.timeZone), due.toISOString(), [], [], adjustments, null);
  }

  const carry = applyCarryOvers(triggerDate, rule.carryOvers, choices, env.model);
  if (carry.kind === 'INCOMPLETE') return finish(null, null, [], [], [], carry.incomplete);
  let dueDate: IsoDate;
  let counted: IsoDate[] = [];
  let skipped: SkippedDay[] = [];
  const adjustments: string[] = [];
  if (carry.kind === 'APPLIED') {
    dueDate = carry.dueDate;
    adjustments.push(carry.note);
  } else {
    const result = countDays(triggerDate, period, unit, rule.direction, {
      model: env.model,
      exclusions: activeExclusions(rule.exclusions, choices),
      holiday: env.holiday,
    });
    counted = result.counted;
    skipped = result.skipped;
    if (result.incomplete || result.dueDate === null) {
      return finish(null, null, counted, skipped, adjustments, result.incomplete);
    }
    dueDate = result.dueDate;
  }
  const adjusted = adjustDueDay(dueDate, rule.dueDayAdjustments, choices, env.model, env.holiday);
  adjustments.push(...adjusted.notes);
  if (adjusted.incomplete) {
    return finish(null, null, counted, skipped, adjustments, adjusted.incomplete);
  }
  const instant = endOfDay(adjusted.dueDate, env.timeZone).toISOString();
  return finish(adjusted.dueDate, instant, counted, skipped, adjustments, null);
}
