/**
 * The deadline engine's vocabulary. Dates are plain `YYYY-MM-DD` strings (a day in the
 * district's calendar, no time zone); instants are ISO-8601 UTC strings.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string;

export const REQUEST_TYPES = [
  'EVALUATION',
  'IEP_MEETING',
  'RECORDS',
  'FBA',
  'BEHAVIOR_PLAN',
  'ACCOMMODATIONS',
  'REINTEGRATION_PLAN',
  'PRIOR_WRITTEN_NOTICE',
  'INDEPENDENT_EVALUATION',
  'HOME_INSTRUCTION',
  'OTHER',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

/**
 * What starts a clock. The first seven are the issue's; the rest are what deadline-rules.md
 * needs (its "Trigger types to model", plus complaint, discipline and meeting-notice clocks).
 */
export const TRIGGERS = [
  'WRITTEN_REQUEST_RECEIVED',
  'ORAL_REQUEST_RECEIVED',
  'CONSENT_RECEIVED',
  'ELIGIBILITY_DETERMINED',
  'EVALUATION_REPORT_COMPLETED',
  'IEP_MEETING_HELD',
  'IEE_REPORT_RECEIVED',
  /** The district proposes or refuses an action (PWN, 300.503). */
  'DISTRICT_PROPOSAL',
  /** The parent disagrees with a district evaluation and asks for an IEE (300.502). */
  'IEE_REQUESTED',
  /** CA: the parent receives the proposed assessment plan (EC 56321(c)). */
  'ASSESSMENT_PLAN_RECEIVED',
  /** MA: the parent receives the proposed IEP (603 CMR 28.05(7)). */
  'PROPOSED_IEP_RECEIVED',
  /** NJ: the identification meeting was held (6A:14-2.3 / 3.3). */
  'IDENTIFICATION_MEETING_HELD',
  /** A meeting is scheduled: "at least N days before" notice clocks count back from it. */
  'MEETING_SCHEDULED',
  /** The district decides to change placement for discipline (300.530(e)). */
  'DISCIPLINARY_REMOVAL_DECIDED',
  'DUE_PROCESS_COMPLAINT_RECEIVED',
  'RESOLUTION_PERIOD_ENDED',
  'STATE_COMPLAINT_FILED',
  /** A request to amend records (300.618; NJ 6A:32-7.7). */
  'AMENDMENT_REQUEST_RECEIVED',
  /** NJ: the parent appeals the decision on amending records to the board. */
  'RECORDS_APPEAL_RECEIVED',
  /** The parent asks for a reevaluation (300.303). */
  'REEVALUATION_REQUESTED',
  /** The district receives consent to reevaluate (PA 14.124; WA 392-172A-03015). */
  'REEVALUATION_CONSENT_RECEIVED',
  /** CA: the parent tells the district its pupil is in a hospital there (EC 48207.5, 48208). */
  'HOSPITAL_STAY_NOTIFIED',
] as const;
export type TriggerType = (typeof TRIGGERS)[number];

export type Unit =
  | 'CALENDAR_DAYS'
  | 'BUSINESS_DAYS'
  | 'SCHOOL_DAYS'
  /** Massachusetts (603 CMR 28). Counted as school days: see counting.ts. */
  | 'SCHOOL_WORKING_DAYS'
  /** CA EC 56341.1(g)(1): 24 hours' notice before an IEP meeting is recorded. */
  | 'HOURS';

/** V = rule text or an official page was read; S = secondary source; M = from memory. */
export type VerificationStatus = 'V' | 'S' | 'M';

/** `US` is the federal baseline; the rest are the states deadline-rules.md has tables for. */
export const JURISDICTIONS = [
  'US',
  'CA',
  'TX',
  'NY',
  'FL',
  'PA',
  'IL',
  'OH',
  'MA',
  'NJ',
  'VA',
  'WA',
  'GA',
] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export type Program = 'IDEA' | 'SECTION_504' | 'FERPA' | 'STATE';

/** A reading's choice for each ambiguity: ambiguity id → option id. */
export type Choices = Readonly<Record<string, string>>;

/** Active only when, for every listed ambiguity, the reading chose one of the listed options. */
export type When = Readonly<Record<string, readonly string[]>>;

/** Weekends next to a break: none, the ones after it (until school reconvenes), or both. */
export type EdgeWeekends = 'NONE' | 'TRAILING' | 'BOTH';

export type Exclusion =
  | {
      /** Days between the last instructional day of one year and the first of the next. */
      kind: 'SUMMER';
      when?: When;
      label?: string;
    }
  | {
      /**
       * Breaks: runs of the district's non-school weekdays (joined across the weekends inside
       * them) at least `minSchoolDays` long. CA "longer than 5 schooldays" = 6; GA "5
       * consecutive school days" = 5; FL/NJ "school holidays and breaks" = 1.
       */
      kind: 'BREAKS';
      minSchoolDays: number;
      /** Fixed, or decided per reading by the named ambiguity (options NONE/TRAILING/BOTH). */
      edgeWeekends: EdgeWeekends | { ambiguity: string };
      /** Why the day is skipped, e.g. "break longer than 5 school days". */
      label: string;
      when?: When;
    };

/** The clock's end moved by an end-of-year rule instead of counting. */
export interface CarryOver {
  /** How close to the year's last instructional day the trigger must fall (inclusive). */
  measure: { unit: 'CALENDAR_DAYS' | 'SCHOOL_DAYS'; min: number; max: number };
  /**
   * Where the due day lands: N calendar days after the next year's first day, N days after
   * this year's last day, or a fixed month-day after the last day (TX June 30).
   */
  due:
    | { anchor: 'NEXT_YEAR_FIRST_DAY'; plusDays: number }
    | { anchor: 'LAST_DAY'; plusDays: number }
    | { anchor: 'MONTH_DAY'; monthDay: string };
  citation: string;
  note: string;
  when?: When;
}

export type DueDayAdjustment =
  | {
      /** A due day on a weekend or public holiday moves to the next business day. */
      kind: 'ROLL_WEEKEND_OR_HOLIDAY';
      when?: When;
    }
  | {
      /** TX ARD: a due day in summer moves to the first instructional day of fall. */
      kind: 'SUMMER_TO_NEXT_FIRST_DAY';
      when?: When;
    };

export type RuleSource = 'BUILT_IN' | 'ORGANIZATION_CORRECTED' | 'ORGANIZATION';

/** One researched rule, as data (deadline-rules.md). */
export interface RuleRecord {
  /** Stable id, e.g. `F2`, `CA-56321-PLAN`. Overrides refer to it. */
  id: string;
  jurisdiction: Jurisdiction;
  program: Program;
  requestTypes: readonly RequestType[];
  triggers: readonly TriggerType[];
  /** What is due, in the researcher's words, e.g. "Proposed assessment plan with notice of rights". */
  duty: string;
  /**
   * What is due, written for the school office and the family that read letters and
   * follow-ups: a noun phrase that completes "Under <citation>, a response was due by <day>:
   * …", with no abbreviation or parenthesised list (reader-duty.ts checks it). Every built-in
   * rule has one; an organization's own rule is read in its own words (`duty`).
   */
  plainDuty?: string;
  /** `null`: no fixed period ("reasonable time", "no federal period"). */
  period: number | null;
  unit: Unit | null;
  /** AFTER the trigger (the usual clock) or BEFORE it (notice "at least N days before"). */
  direction: 'AFTER' | 'BEFORE';
  exclusions: readonly Exclusion[];
  carryOvers: readonly CarryOver[];
  dueDayAdjustments: readonly DueDayAdjustment[];
  /** Ids of the ambiguities (ambiguities.ts) whose options give this rule's readings. */
  ambiguities: readonly string[];
  citation: string;
  status: VerificationStatus;
  /** What the status rests on, in the doc's words. */
  statusNote: string;
  notes: readonly string[];
  source: RuleSource;
  enabled: boolean;
  /** An organisation's soft default for a rule with no fixed period. Labelled, never law. */
  softDefault?: { period: number; unit: Exclude<Unit, 'HOURS'>; label: string };
  /**
   * TX TEC 29.004(a)(1): when the student is absent on `minDays` or more school days of the
   * period, the period is extended by that many school days (and, per (a-1), the June 30
   * end-of-year rule no longer applies). Needs the student's logged absences.
   */
  absenceExtension?: { minDays: number; citation: string };
}

export interface SchoolYear {
  /** First instructional day. */
  firstDay: IsoDate;
  /** Last instructional day. */
  lastDay: IsoDate;
  /** Non-school days inside the year (closures), each with the district's label. */
  nonSchoolDays: readonly { date: IsoDate; label: string }[];
}

export interface SchoolCalendar {
  years: readonly SchoolYear[];
}

export interface Holiday {
  date: IsoDate;
  name: string;
  scope: 'federal' | 'state';
}

/** Public holidays for a jurisdiction and year (default: date-holidays, type "public"). */
export interface HolidaySource {
  holidays(jurisdiction: string, year: number): ReadonlyMap<IsoDate, Holiday>;
}

export type SkipKind =
  'WEEKEND' | 'FEDERAL_HOLIDAY' | 'STATE_HOLIDAY' | 'NON_SCHOOL_DAY' | 'BREAK' | 'SUMMER';

export interface SkippedDay {
  date: IsoDate;
  kind: SkipKind;
  /** e.g. "Thanksgiving break (break longer than 5 school days)", "federal holiday". */
  reason: string;
  /** `${date} ${reason}`, ready to show. */
  text: string;
}

export interface Explanation {
  ruleId: string;
  citation: string;
  status: VerificationStatus;
  verified: boolean;
  unit: Unit;
  period: number;
  /** The days that counted, in order (day 1 first). Empty when a carry-over rule set the date. */
  counted: readonly IsoDate[];
  skipped: readonly SkippedDay[];
  /** Carry-over and roll-forward steps, in words. */
  adjustments: readonly string[];
  /**
   * The absences the rule's absence extension counted (TX TEC 29.004(a)(1)), or null when
   * the rule has none or no attendance was given.
   */
  absences: AbsenceCount | null;
  summary: string;
}

export interface AbsenceCount {
  /** School days of the period on which the student was absent, in order. */
  days: readonly IsoDate[];
  /** School days added to the period (0 below the rule's minimum). */
  extendedBy: number;
  minDays: number;
  citation: string;
}

/**
 * A due day counted without the district's calendar: weekdays less public holidays stood in
 * for school days (the state's rules otherwise applied). Follow-ups may use it; the request
 * says so until the calendar arrives.
 */
export interface Provisional {
  /** The first day the count needed that the calendar did not cover. */
  missingFrom: IsoDate;
  /** The school years the calendar lacks, e.g. ["2026-27"]. */
  schoolYears: readonly string[];
  /** e.g. "provisional: no school calendar for 2026-27 — add it". */
  sentence: string;
}

export interface Reading {
  /** The option chosen for each ambiguity, in words. */
  assumptions: readonly { ambiguity: string; question: string; option: string; label: string }[];
  choices: Choices;
  dueDate: IsoDate | null;
  /** End of the due day in the district's time zone (ISO UTC), or the exact instant for HOURS. */
  dueInstant: string | null;
  explanation: Explanation;
  incomplete: Incomplete | null;
}

export interface Incomplete {
  reason: string;
  /** The first day the count needed and the calendar did not cover. */
  missingDate: IsoDate;
}

/** Where the date's authority comes from. */
export type Basis =
  'RULE' | 'ORGANIZATION_DEFAULT' | 'ORGANIZATION_RULE' | 'NO_FIXED_PERIOD' | 'NO_RULE';

export interface DeadlineResult {
  ruleId: string | null;
  duty: string | null;
  /** The rule's duty written for a reader (RuleRecord.plainDuty); use readerDuty() to read it. */
  plainDuty: string | null;
  citation: string | null;
  status: VerificationStatus | null;
  /** False for S and M rules (and organisation defaults): the UI labels them unverified. */
  verified: boolean;
  basis: Basis;
  /** e.g. "Organization default (not law): 10 school days". */
  basisLabel: string;
  period: number | null;
  unit: Unit | null;
  jurisdiction: {
    requested: string | null;
    applied: Jurisdiction;
    /** The rule came from the federal table although a state was asked for. */
    fellBackToFederal: boolean;
    reason: string | null;
  };
  triggerDate: IsoDate;
  /** The earliest reading's due day: follow-ups use it. Null when incomplete or untimed. */
  dueDate: IsoDate | null;
  dueInstant: string | null;
  earliest: Reading | null;
  latest: Reading | null;
  /** Every distinct reading, earliest first. One when the rule is unambiguous. */
  readings: readonly Reading[];
  /** Why earliest and latest differ (the ambiguities whose options differ between them). */
  whyReadingsDiffer: readonly string[];
  /**
   * Set when even a provisional count cannot give a date (an end-of-year rule that needs the
   * next school year's first day): no date is guessed.
   */
  incomplete: Incomplete | null;
  /** Set when the due day was counted without (part of) the district's calendar. */
  provisional: Provisional | null;
  notes: readonly string[];
}
