// Frozen reference copy (see ./index.ts): the engine before the day-number rewrite. Do not edit.
/**
 * Questions the rules leave open (deadline-rules.md, "What the engine must model" item 4).
 * The engine computes every combination of the options a rule names and returns the earliest
 * and latest readings; advocates nudge on the earliest and argue violations on the latest.
 */

export interface AmbiguityOption {
  id: string;
  label: string;
}

export interface Ambiguity {
  id: string;
  question: string;
  options: readonly AmbiguityOption[];
  /** Why the text can be read both ways, with the source. */
  why: string;
}

export const WEEKEND_DUE_DAY = 'WEEKEND_DUE_DAY';
export const CA_BREAK_EDGES = 'CA_BREAK_EDGES';
export const CA_56302_1 = 'CA_56302_1';
export const VA_SUMMER = 'VA_SUMMER';
export const NJ_HOLIDAYS = 'NJ_HOLIDAYS';
/** Added by the engine (not by a rule) when the trigger day is a weekend, holiday or closure. */
export const RECEIPT_ON_CLOSED_DAY = 'RECEIPT_ON_CLOSED_DAY';

export const AMBIGUITIES: Readonly<Record<string, Ambiguity>> = {
  [WEEKEND_DUE_DAY]: {
    id: WEEKEND_DUE_DAY,
    question: 'Does a due day on a weekend or public holiday roll forward?',
    options: [
      { id: 'STAYS', label: 'the due day stays on the weekend or holiday' },
      { id: 'ROLLS', label: 'the due day rolls to the next business day' },
    ],
    why: 'The rule does not say whether a due day on a weekend moves; 34 CFR 300.11(a) counts calendar days and court rules that roll forward do not bind school districts (deadline-rules.md, ambiguity 4).',
  },
  [CA_BREAK_EDGES]: {
    id: CA_BREAK_EDGES,
    question: 'Are the weekends at the edges of a paused CA break also paused?',
    options: [
      { id: 'NONE', label: 'only the vacation days (and the weekends inside it) are paused' },
      {
        id: 'TRAILING',
        label: 'paused until school reconvenes: the weekend after the break is paused too',
      },
      { id: 'BOTH', label: 'the weekends before and after the break are paused too' },
    ],
    why: 'EC 56043 does not count "school vacations in excess of five schooldays" and says the clock recommences when school reconvenes; whether the weekends touching the vacation are part of it is not stated (deadline-rules.md, ambiguity 4).',
  },
  [CA_56302_1]: {
    id: CA_56302_1,
    question: 'Does the CA 60-day clock pause for breaks and between terms?',
    options: [
      {
        id: 'UNPAUSED',
        label: 'not paused: the EC 56302.1 federal-mirror 60 days (Fresno USD reading)',
      },
      {
        id: 'PAUSED',
        label:
          'paused: breaks longer than 5 school days and days between terms not counted (EC 56344(a), 56043(c))',
      },
    ],
    why: 'EC 56344(a) and 56043(c) exclude breaks longer than 5 school days; some districts read the 60-day eligibility rule in EC 56302.1, which mirrors 34 CFR 300.301(c), as not paused (deadline-rules.md, CA table).',
  },
  [VA_SUMMER]: {
    id: VA_SUMMER,
    question: 'Do VA business days run through summer?',
    options: [
      { id: 'YEAR_ROUND', label: 'business days run 12 months a year (8VAC20-81-10, status M)' },
      { id: 'SUMMER_EXCLUDED', label: 'summer days are not counted' },
    ],
    why: 'The 8VAC20-81-10 definition of "business day" (Monday–Friday, 12 months a year) is from memory (M); if it is right the 65-day clock keeps running through summer.',
  },
  [RECEIPT_ON_CLOSED_DAY]: {
    id: RECEIPT_ON_CLOSED_DAY,
    question:
      'Is a request that arrives on a weekend, holiday or non-school day received that day?',
    options: [
      { id: 'AS_RECEIVED', label: 'received the day it arrived: the count starts the next day' },
      {
        id: 'NEXT_SCHOOL_DAY',
        label: 'received the next school day, when the office opens: the count starts after it',
      },
    ],
    why: 'The rules count from the day the district "receives" the request and do not say whether mail or email that arrives while the school is closed is received before it reopens; districts often date-stamp it the next school day.',
  },
  [NJ_HOLIDAYS]: {
    id: NJ_HOLIDAYS,
    question: 'Are school holidays excluded from the NJ 20-day identification clock?',
    options: [
      { id: 'NOT_EXCLUDED', label: 'every calendar day counts' },
      { id: 'EXCLUDED', label: 'school holidays are excluded (summer is not) — unverified (M)' },
    ],
    why: 'Secondary sources say school holidays are excluded but summer is not; the exclusion detail is from memory (M) and N.J.A.C. 6A:14-3.3(e) was not read.',
  },
};
