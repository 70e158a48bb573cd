import { computeReadings, type ReadingEnv } from './compute-reading';
import { countingDays, holidayDays, type CountingDays } from './counting-days';
import { fromDayNumber, toDayNumber } from './dates';
import { dayTable } from './day-table';
import { isVerified } from './explanation';
import { plainDutyOf } from './reader-duty';
import { findRule, normalizeJurisdiction, type RuleQuery } from './find-rule';
import { dateHolidaysSource, isUsState, withAdditionalHolidays } from './holidays';
import { whyReadingsDiffer } from './readings';
import { localDate } from './time-zone';
import { closedDay, nextOpenDay } from './trigger-day';
import type {
  Basis,
  DeadlineResult,
  HolidaySource,
  IsoDate,
  Provisional,
  RuleRecord,
  SchoolCalendar,
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
  const holiday = holidayDays(source, holidayJurisdiction);
  const days = countingDays(dayTable(input.calendar), holiday, input.calendar);
  const receivedClosed =
    rule.direction === 'AFTER' && unit !== 'HOURS' && isReceipt(rule.triggers)
      ? closedDay(toDayNumber(triggerDate), days.real, holiday)
      : null;
  const env: ReadingEnv = {
    rule,
    period,
    unit,
    triggerDate,
    triggeredAt: input.triggeredAt,
    timeZone: input.timeZone,
    days,
    basisLabel,
    verified,
    nextOpenDay: receivedClosed
      ? fromDayNumber(nextOpenDay(toDayNumber(triggerDate), days.real, holiday))
      : null,
    receivedClosed,
    absences: input.absences ?? null,
    planHolidays: source === dateHolidaysSource ? holidayJurisdiction : null,
  };
  const readings = computeReadings(env);
  const dated = readings.filter((r) => r.dueDate !== null);
  const incomplete = readings.find((r) => r.incomplete)?.incomplete ?? null;
  const earliest = incomplete ? null : (dated[0] ?? null);
  const latest = incomplete ? null : (dated[dated.length - 1] ?? null);
  const provisional = incomplete ? null : provisionalOf(days);
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

/** Whether a rule's triggers are a receipt, remembered per rule's list of triggers. */
const receipts = new WeakMap<readonly string[], boolean>();

function isReceipt(triggers: readonly string[]): boolean {
  let hit = receipts.get(triggers);
  if (hit === undefined) {
    hit = RECEIPT_TRIGGER.test(triggers.join(' '));
    receipts.set(triggers, hit);
  }
  return hit;
}

/** The days the count stood in for (no calendar for them), as the result reports them. */
function provisionalOf(days: CountingDays): Provisional | null {
  const { standIns } = days;
  if (standIns.empty) return null;
  const schoolYears = [...standIns.names].sort();
  const sentence = `provisional: no school calendar for ${schoolYears.join(' and ')} — add it`;
  return { missingFrom: fromDayNumber(standIns.first), schoolYears, sentence };
}

function holidayState(jurisdiction: string): string {
  const code = normalizeJurisdiction(jurisdiction);
  return code !== 'US' && isUsState(code) ? code : 'US';
}
