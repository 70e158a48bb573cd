// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
import { adjustDueDay } from './adjustments';
import { RECEIPT_ON_CLOSED_DAY } from './ambiguities';
import {
  calendarModel,
  missingYearName,
  provisionalModel,
  type CalendarModel,
  type ProvisionalModel,
} from './calendar';
import { applyCarryOvers } from './carry-over';
import { countDays, holidayLookup } from './counting';
import { addDays, isWeekend, weekdayName } from './dates';
import { activeExclusions } from './exclusions';
import { explain, isVerified } from './explanation';
import { plainDutyOf } from '../../reader-duty';
import { findRule, normalizeJurisdiction, type RuleQuery } from './find-rule';
import { dateHolidaysSource, isUsState, withAdditionalHolidays } from './holidays';
import { describeChoices, distinctReadings, enumerateChoices, whyReadingsDiffer } from './readings';
import { endOfDay, localDate, startOfDay } from './time-zone';
import type {
  AbsenceCount,
  Basis,
  Choices,
  DeadlineResult,
  Holiday,
  HolidaySource,
  IsoDate,
  Provisional,
  Reading,
  RuleRecord,
  SchoolCalendar,
  SkippedDay,
  Unit,
} from '../../types';

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
  /**
   * The student's absences (full days absent), for rules with an absence extension (TX TEC
   * 29.004(a)(1)). Absent: not known, and the extension is not applied (a note says so).
   */
  absences?: readonly IsoDate[];
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
    plainDuty: rule ? plainDutyOf(rule) : null,
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
    provisional: null,
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
  const holiday = holidayLookup(source, holidayJurisdiction);
  const base = calendarModel(input.calendar);
  const model = provisionalModel(base, holiday);
  const receivedClosed =
    rule.direction === 'AFTER' && unit !== 'HOURS' && RECEIPT_TRIGGER.test(rule.triggers.join(' '))
      ? closedDay(triggerDate, base, holiday)
      : null;
  const env: ReadingEnv = {
    rule,
    period,
    unit,
    triggerDate,
    triggeredAt: input.triggeredAt,
    timeZone: input.timeZone,
    model,
    holiday,
    basisLabel,
    verified,
    nextOpenDay: receivedClosed ? nextOpenDay(triggerDate, base, holiday) : null,
    receivedClosed,
    absences: input.absences ?? null,
  };
  const ambiguities = receivedClosed
    ? [...rule.ambiguities, RECEIPT_ON_CLOSED_DAY]
    : rule.ambiguities;
  const all = enumerateChoices(ambiguities).map((choices) => computeReading(env, choices));
  const readings = distinctReadings(all);
  const dated = readings.filter((r) => r.dueDate !== null);
  const incomplete = readings.find((r) => r.incomplete)?.incomplete ?? null;
  const earliest = incomplete ? null : (dated[0] ?? null);
  const latest = incomplete ? null : (dated[dated.length - 1] ?? null);
  const provisional = incomplete ? null : provisionalOf(model, input.calendar);
  if (provisional) {
    notes.unshift(
      `${provisional.sentence}. Counted from weekdays less public holidays from ${provisional.missingFrom}; the ${jurisdiction.applied === 'US' ? 'federal' : jurisdiction.applied} rule otherwise applied. It is recomputed when the calendar is added.`,
    );
  }
  if (rule.absenceExtension && unit !== 'HOURS' && !input.absences) {
    notes.push(
      `Absences not known: the ${rule.absenceExtension.citation} extension (${rule.absenceExtension.minDays} or more days absent) is not applied.`,
    );
  }
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
    plainDuty: plainDutyOf(rule),
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
    provisional,
    notes: [...notes, ...rule.notes],
  };
}

/** Triggers that are a receipt (of a request, consent, a report…): the day it arrived counts. */
const RECEIPT_TRIGGER = /RECEIVED|REQUESTED|FILED/;

/** Why the trigger day is not a day the school is open (weekend, public holiday, closure), or null. */
function closedDay(
  date: IsoDate,
  model: CalendarModel,
  holiday: (date: IsoDate) => Holiday | undefined,
): string | null {
  if (isWeekend(date)) return `a ${weekdayName(date)}`;
  const h = holiday(date);
  if (h) return `a ${h.scope} holiday (${h.name})`;
  const day = model.classify(date);
  return day.kind === 'CLOSURE' ? `a non-school day (${day.label})` : null;
}

/**
 * The next day the school is open: a school day of its calendar, or where the calendar does
 * not reach, a weekday that is not a public holiday. Read from the real calendar, so asking
 * does not make a count provisional.
 */
function nextOpenDay(
  date: IsoDate,
  model: CalendarModel,
  holiday: (date: IsoDate) => Holiday | undefined,
): IsoDate {
  let d = addDays(date, 1);
  for (let i = 0; i < 400; i++, d = addDays(d, 1)) {
    const day = model.classify(d);
    if (day.kind === 'SCHOOL') return d;
    if (day.kind === 'MISSING' && !isWeekend(d) && !holiday(d)) return d;
  }
  return d;
}

function provisionalOf(
  model: ProvisionalModel,
  calendar: SchoolCalendar | undefined,
): Provisional | null {
  const filled = model.filled();
  const first = filled[0];
  if (first === undefined) return null;
  const schoolYears = [...new Set(filled.map((d) => missingYearName(d, calendar)))].sort();
  const sentence = `provisional: no school calendar for ${schoolYears.join(' and ')} — add it`;
  return { missingFrom: [...filled].sort()[0] ?? first, schoolYears, sentence };
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
  /** Set when the trigger day was a weekend, holiday or closure: why, and the next open day. */
  receivedClosed: string | null;
  nextOpenDay: IsoDate | null;
  absences: readonly IsoDate[] | null;
}

function computeReading(env: ReadingEnv, choices: Choices): Reading {
  const { rule, period, unit } = env;
  const assumptions = describeChoices(choices);
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
    counted: IsoDate[],
    skipped: SkippedDay[],
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
      absences,
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
    if ('date' in env.triggeredAt) {
      adjustments.push(`no time given: counted from the start of ${env.triggeredAt.date}`);
    }
    return finish(localDate(due, env.timeZone), due.toISOString(), [], [], null);
  }

  const extension = rule.absenceExtension && env.absences ? rule.absenceExtension : null;
  let carry = applyCarryOvers(triggerDate, rule.carryOvers, choices, env.model);
  if (carry.kind === 'APPLIED' && extension) {
    // TEC 29.004(a-1): absent on 3 or more days before the year ends → (a)(1) applies instead.
    const year = env.model.yearContaining(triggerDate);
    const absent = year
      ? absentSchoolDays(env.absences ?? [], triggerDate, year.lastDay, env.model)
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
  let counted: IsoDate[] = [];
  let skipped: SkippedDay[] = [];
  if (carry.kind === 'APPLIED') {
    dueDate = carry.dueDate;
    adjustments.push(carry.note);
  } else {
    const ctx = {
      model: env.model,
      exclusions: activeExclusions(rule.exclusions, choices),
      holiday: env.holiday,
    };
    const result = countDays(triggerDate, period, unit, rule.direction, ctx);
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
        const more = countDays(dueDate, extendedBy, unit, rule.direction, ctx);
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
  const adjusted = adjustDueDay(dueDate, rule.dueDayAdjustments, choices, env.model, env.holiday);
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
  model: CalendarModel,
): IsoDate[] {
  return [...new Set(absences)]
    .filter((d) => d > from && d <= to && model.classify(d).kind === 'SCHOOL')
    .sort();
}
