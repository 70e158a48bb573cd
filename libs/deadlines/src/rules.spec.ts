import { builtInRules, computeForRule, type RuleRecord } from './index';
import { CALENDAR_TWO_YEARS } from './testing/district-calendars';

/**
 * One hand-checked example per rule with a period, on the fictional 2025-26 calendar
 * (closures: Sep 1, Oct 13, Nov 11, Nov 24–28, Dec 22–Jan 2, Jan 19, Feb 16, Mar 30–Apr 3,
 * May 25). Forward clocks start on Mon 2025-10-06; "before" clocks count back from a meeting
 * on Wed 2026-01-14. Day 1 is the day after the trigger.
 *
 * Calendar days from Oct 6: +10 Oct 16, +14 Oct 20, +15 Oct 21, +20 Oct 26 (Sun),
 * +30 Nov 5 (Oct has 31 days: Oct 31 is day 25), +45 Nov 20, +60 Dec 5, +90 Jan 4 (Sun).
 * School days after Oct 6: Oct 7–10 (1–4), Oct 13 closed, Oct 14 (5), Oct 21 (10),
 * Oct 27 (14), Oct 28 (15), Nov 4 (20), Nov 10 (24), Nov 11 closed, Nov 12 (25), Nov 19 (30),
 * Thanksgiving closed, Dec 3 (35), Dec 17 (45), winter break, Jan 19 closed, Jan 22 (60).
 */
const AFTER = '2025-10-06';
const MEETING = '2026-01-14';

const EXAMPLES: [ruleId: string, trigger: string, expected: string, why: string][] = [
  ['F2', AFTER, '2025-12-05', '60 calendar days, no pause'],
  ['F3', AFTER, '2025-11-05', '30 calendar days'],
  ['F5', AFTER, '2025-11-20', '45 calendar days'],
  ['F6', AFTER, '2025-11-20', '45 calendar days'],
  ['F9', AFTER, '2025-10-21', '10 school days (Oct 13 closed)'],
  ['F13-RESPONSE', AFTER, '2025-10-16', '10 calendar days'],
  ['F13-RESOLUTION-MEETING', AFTER, '2025-10-21', '15 calendar days'],
  ['F13-RESOLUTION-PERIOD', AFTER, '2025-11-05', '30 calendar days'],
  ['F13-DECISION', AFTER, '2025-11-20', '45 calendar days'],
  ['F14', AFTER, '2025-12-05', '60 calendar days'],
  ['CA-56321-PLAN', AFTER, '2025-10-21', '15 days; no break longer than 5 school days'],
  ['CA-56321C-CONSIDER', AFTER, '2025-10-21', '15 days'],
  [
    'CA-56344-ASSESSMENT-IEP',
    AFTER,
    '2025-12-05',
    '60 days end before winter break: all readings agree',
  ],
  ['CA-56344-IEP-AFTER-ELIGIBILITY', AFTER, '2025-11-05', '30 days'],
  ['CA-56343.5-IEP-REQUEST', AFTER, '2025-11-05', '30 days; Thanksgiving (5 days) never reached'],
  [
    'CA-56504-RECORDS',
    AFTER,
    '2025-10-14',
    '5 business days: Oct 7–10, Oct 13 Columbus Day (federal), Oct 14',
  ],
  ['CA-48208-HOSPITAL', AFTER, '2025-10-14', '5 working days: Oct 7–10, Columbus Day, Oct 14'],
  ['TX-89.1011-FIIE-RESPONSE', AFTER, '2025-10-28', '15th school day'],
  ['TX-29.004-FIIE-REPORT', AFTER, '2025-12-17', '45th school day'],
  ['TX-89.1011-ARD', AFTER, '2025-11-05', '30 calendar days, not in summer'],
  ['TX-89.1050-ARD-REQUEST', AFTER, '2025-10-14', '5 school days'],
  ['TX-89.1015-ARD-NOTICE', MEETING, '2026-01-07', 'back 5 school days: Jan 13, 12, 9, 8, 7'],
  ['TX-RECORDS', AFTER, '2025-11-20', '45 calendar days'],
  ['NY-200.4A-REFERRAL', AFTER, '2025-10-21', '10 school days'],
  ['NY-200.4B7-EVALUATION', AFTER, '2025-12-05', '60 calendar days, no summer crossed'],
  ['NY-200.4E1-RECOMMENDATION', AFTER, '2026-01-22', '60 school days'],
  ['NY-200.5C-MEETING-NOTICE', MEETING, '2026-01-09', 'back 5 calendar days'],
  ['NY-RECORDS', AFTER, '2025-11-20', '45 calendar days'],
  ['FL-6A-6.0331-3C-RESPONSE', AFTER, '2025-11-05', '30 calendar days'],
  [
    'FL-6A-6.0331-3G-EVALUATION',
    AFTER,
    '2025-12-12',
    '60 calendar days + 7 closures skipped (Oct 13, Nov 11, Nov 24–28): Dec 5 + 7',
  ],
  ['FL-6A-6.03028-IEP', AFTER, '2025-11-05', '30 calendar days'],
  ['FL-1002.22-RECORDS', AFTER, '2025-11-20', '45 calendar days'],
  ['PA-14.123C-ORAL-PTE', AFTER, '2025-10-16', '10 calendar days'],
  ['PA-14.123B-ER', AFTER, '2025-12-05', '60 calendar days, no summer crossed'],
  [
    'PA-14.123D-ER-COPY',
    MEETING,
    '2025-12-17',
    'back 10 school days: Jan 13, 12, 9–5 (7), winter break, Dec 19, 18, 17',
  ],
  ['PA-14.124B-REEVALUATION', AFTER, '2025-12-05', '60 calendar days'],
  ['PA-14.131-IEP', AFTER, '2025-11-05', '30 calendar days'],
  ['PA-14.131-IMPLEMENTATION', AFTER, '2025-10-21', '10 school days'],
  ['IL-226.110C-RESPONSE', AFTER, '2025-10-27', '14 school days'],
  ['IL-226.110-EVALUATION', AFTER, '2026-01-22', '60 school days'],
  ['IL-105ILCS10-5C-RECORDS', AFTER, '2025-10-21', '10 business days, Oct 13 federal holiday'],
  ['IL-226.180-IEE-MEETING-NOTICE', AFTER, '2025-10-16', '10 calendar days'],
  ['IL-ELIGIBILITY-NOTICE', MEETING, '2026-01-04', 'back 10 calendar days'],
  ['OH-51-06B3-RESPONSE', AFTER, '2025-11-05', '30 days'],
  ['OH-51-06B4-ETR', AFTER, '2025-12-05', '60 actual days'],
  ['OH-51-06G-ETR-COPY', AFTER, '2025-10-20', '14 days'],
  ['OH-51-07K2-IEP', AFTER, '2025-11-05', '30 days'],
  ['OH-51-07J6-IEP-COPY', AFTER, '2025-11-05', '30 days'],
  ['MA-28.04-CONSENT-NOTICE', AFTER, '2025-10-14', '5 school days'],
  ['MA-28.05-ASSESSMENTS', AFTER, '2025-11-19', '30 school working days'],
  ['MA-28.05-PROPOSED-IEP', AFTER, '2025-12-17', '45 school working days'],
  ['MA-28.05-IEP-AFTER-MEETING', AFTER, '2025-10-14', '5 school days'],
  ['MA-28.05-SUMMARIES', MEETING, '2026-01-12', 'back 2 days'],
  ['MA-28.05-7-PARENT-RESPONSE', AFTER, '2025-11-05', '30 days'],
  ['MA-23.07-RECORDS', AFTER, '2025-10-16', '10 days'],
  [
    'NJ-3.3E-IDENTIFICATION-MEETING',
    AFTER,
    '2025-10-26',
    '20 days (Sun); the holiday reading skips Oct 13 → Oct 27 (latest)',
  ],
  ['NJ-2.3-DECISION-NOTICE', AFTER, '2025-10-21', '15 days'],
  ['NJ-3.4-EVALUATION-IEP', AFTER, '2026-01-04', '90 days (Sun)'],
  ['NJ-3.5A-REPORTS', MEETING, '2026-01-04', 'back 10 days'],
  ['NJ-2.9B-RECORDS', AFTER, '2025-11-20', '45 days'],
  ['NJ-32-7.7-AMEND', AFTER, '2025-10-21', '10 school days'],
  ['NJ-32-7.7-BOARD', AFTER, '2025-11-04', '20 school days'],
  [
    'VA-60B-EVALUATION',
    AFTER,
    '2026-01-12',
    '65 business days; VA holidays (date-holidays): Oct 13, Nov 11, Nov 27, Dec 25, Jan 1. Weekdays Oct 7–Jan 12 = 70, minus 5 = 65',
  ],
  ['VA-IEP', AFTER, '2025-11-05', '30 days'],
  ['VA-RECORDS', AFTER, '2025-11-20', '45 days'],
  ['WA-03005-2C-REFERRAL', AFTER, '2025-11-12', '25 school days'],
  ['WA-03005-3-EVALUATION', AFTER, '2025-12-03', '35 school days'],
  ['WA-03015-3-REEVALUATION', AFTER, '2025-12-03', '35 school days'],
  ['WA-05190-RECORDS', AFTER, '2025-11-20', '45 days'],
  [
    'GA-160-4-7-.04-EVALUATION',
    AFTER,
    '2025-12-14',
    '60 days + Thanksgiving (5 school days) with both weekends, Nov 22–30 (9 days): Dec 5 + 9 (Sun)',
  ],
];

const ZONES: Record<string, string> = {
  US: 'America/Chicago',
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

function rule(id: string): RuleRecord {
  const found = builtInRules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

describe('every rule with a period: one hand-checked example', () => {
  it.each(EXAMPLES)('%s from %s → %s (%s)', (id, trigger, expected) => {
    const r = rule(id);
    const result = computeForRule(r, {
      triggeredAt: { date: trigger },
      timeZone: ZONES[r.jurisdiction] ?? 'UTC',
      calendar: CALENDAR_TWO_YEARS,
      jurisdiction: r.jurisdiction,
    });
    expect(result.incomplete).toBeNull();
    expect(result.dueDate).toBe(expected);
    expect(result.earliest?.explanation.citation).toBe(r.citation);
    expect(result.verified).toBe(r.status === 'V');
  });

  it('covers every built-in rule with a fixed period in days', () => {
    const covered = new Set(EXAMPLES.map(([id]) => id));
    const missing = builtInRules.filter(
      (r) => r.period !== null && r.unit !== 'HOURS' && !covered.has(r.id),
    );
    expect(missing.map((r) => r.id)).toEqual([]);
  });

  it('CA audio-recording notice: 24 hours before the meeting instant', () => {
    const result = computeForRule(rule('CA-56341.1-AUDIO-NOTICE'), {
      triggeredAt: { instant: '2026-01-14T17:00:00Z' },
      timeZone: 'America/Los_Angeles',
    });
    expect(result.dueInstant).toBe('2026-01-13T17:00:00.000Z');
    expect(result.dueDate).toBe('2026-01-13');
    expect(result.verified).toBe(false);
  });

  it('every rule is a record with a citation and a status, and ids are unique', () => {
    const ids = builtInRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of builtInRules) {
      expect(r.citation.length).toBeGreaterThan(0);
      expect(['V', 'S', 'M']).toContain(r.status);
      expect((r.period === null) === (r.unit === null)).toBe(true);
    }
  });

  it('S and M rules carry verified: false in every result; rules with no period too', () => {
    for (const r of builtInRules) {
      const result = computeForRule(r, {
        triggeredAt: { date: AFTER },
        timeZone: 'America/New_York',
        calendar: CALENDAR_TWO_YEARS,
      });
      if (r.status !== 'V' || r.period === null) expect(result.verified).toBe(false);
      else expect(result.verified).toBe(true);
      for (const reading of result.readings) {
        expect(reading.explanation.verified).toBe(result.verified);
      }
    }
  });
});
