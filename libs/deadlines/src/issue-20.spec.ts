import { builtInRules, computeDeadline, computeForRule, type DeadlineInput } from './index';
import { CALENDAR_2025_26, CALENDAR_TWO_YEARS } from './testing/district-calendars';
import type { RuleRecord } from './types';

/**
 * Issue 20, "Deadlines that never silently vanish". Every expected date is counted by hand
 * below, on the fictional calendars of testing/district-calendars.ts (2025-26 closures: Sep 1,
 * Oct 13, Nov 11, Nov 24–28, Dec 22–Jan 2, Jan 19, Feb 16, Mar 30–Apr 3, May 25, last day
 * Fri 5 Jun 2026; 2026-27 starts Mon 17 Aug 2026, winter break Dec 21 2026–Jan 1 2027).
 */

function rule(id: string): RuleRecord {
  const found = builtInRules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

const tx = (id: string, date: string, extra: Partial<DeadlineInput> = {}) =>
  computeForRule(rule(id), {
    triggeredAt: { date },
    timeZone: 'America/Chicago',
    jurisdiction: 'TX',
    calendar: CALENDAR_TWO_YEARS,
    ...extra,
  });

describe('no school calendar: a provisional deadline, said so', () => {
  it('TX evaluation request received Thu 3 Dec 2026, district has only 2025-26', () => {
    // 15 school days, counted as weekdays less Texas public holidays: Fri Dec 4 (1),
    // Dec 7–11 (2–6), Dec 14–18 (7–11), Mon 21 (12), Tue 22 (13), Wed 23 (14), Thu 24
    // Christmas Eve (TX state holiday) and Fri 25 Christmas skipped, Mon 28 Dec (15).
    const r = tx('TX-89.1011-FIIE-RESPONSE', '2026-12-03', { calendar: CALENDAR_2025_26 });
    expect(r.incomplete).toBeNull();
    expect(r.dueDate).toBe('2026-12-28');
    expect(r.provisional).toEqual({
      missingFrom: '2026-12-04',
      schoolYears: ['2026-27'],
      sentence: 'provisional: no school calendar for 2026-27 — add it',
    });
    expect(r.notes[0]).toMatch(/^provisional: no school calendar for 2026-27 — add it/);
    expect(r.earliest?.explanation.skipped.map((d) => d.date)).toEqual(
      expect.arrayContaining(['2026-12-24', '2026-12-25']),
    );
  });

  it('the same request once the 2026-27 calendar is there: exact, not provisional', () => {
    // School days: Dec 4 (1), Dec 7–11 (6), Dec 14–18 (11), winter break Dec 21–Jan 1,
    // Jan 4–7 (12–15) → Thu 7 Jan 2027. The provisional date was 10 days early.
    const r = tx('TX-89.1011-FIIE-RESPONSE', '2026-12-03');
    expect(r.dueDate).toBe('2027-01-07');
    expect(r.provisional).toBeNull();
  });

  it('a count that runs past the last known day names the next year as missing', () => {
    // Consent Mon 20 Apr 2026: 33 school days left to Fri 5 Jun (too few for the June 30
    // rule). Then weekdays less holidays: Jun 8–12 (34–38), Jun 15–18 (39–42), Fri 19
    // Juneteenth skipped, Jun 22 (43), 23 (44), 24 (45).
    const r = tx('TX-29.004-FIIE-REPORT', '2026-04-20', { calendar: CALENDAR_2025_26 });
    expect(r.dueDate).toBe('2026-06-24');
    expect(r.provisional?.missingFrom).toBe('2026-06-06');
    expect(r.provisional?.schoolYears).toEqual(['2026-27']);
  });

  it('a rule that needs no calendar is never provisional', () => {
    // F2: 60 calendar days, no exclusions: Mon 6 Oct 2025 + 60 = Fri 5 Dec.
    const r = computeForRule(rule('F2'), {
      triggeredAt: { date: '2025-10-06' },
      timeZone: 'America/Chicago',
    });
    expect(r.dueDate).toBe('2025-12-05');
    expect(r.provisional).toBeNull();
  });
});

describe('received on a weekend or holiday: both readings', () => {
  it('CA records request received Sat 4 Oct 2025', () => {
    // As received: business days Oct 6, 7, 8, 9, 10 → Fri 10 Oct. Received the next school
    // day (Mon 6 Oct): Oct 7, 8, 9, 10, Mon 13 Columbus Day skipped, Oct 14 → Tue 14 Oct.
    const r = computeForRule(rule('CA-56504-RECORDS'), {
      triggeredAt: { date: '2025-10-04' },
      timeZone: 'America/Los_Angeles',
      jurisdiction: 'CA',
      calendar: CALENDAR_TWO_YEARS,
    });
    expect(r.dueDate).toBe('2025-10-10');
    expect(r.earliest?.dueDate).toBe('2025-10-10');
    expect(r.latest?.dueDate).toBe('2025-10-14');
    expect(r.latest?.explanation.adjustments[0]).toMatch(
      /2025-10-04 was a Saturday: counted as received the next school day, Monday 2025-10-06/,
    );
    expect(r.whyReadingsDiffer[0]).toMatch(/weekend, holiday or non-school day/);
  });

  it('TX evaluation request received Sat 11 Oct 2025, before a Monday closure', () => {
    // As received: Mon 13 Oct is closed, so Oct 14–17 (1–4), 20–24 (5–9), 27–31 (10–14),
    // Mon 3 Nov (15). Next school day is Tue 14 Oct: Oct 15–17 (1–3), 20–24 (4–8), 27–31
    // (9–13), Nov 3 (14), Tue 4 Nov (15).
    const r = tx('TX-89.1011-FIIE-RESPONSE', '2025-10-11');
    expect(r.readings.map((x) => x.dueDate)).toEqual(['2025-11-03', '2025-11-04']);
  });

  it('a request received on a school day has one reading', () => {
    // Mon 6 Oct 2025: 15th school day is Tue 28 Oct (rules.spec.ts).
    expect(tx('TX-89.1011-FIIE-RESPONSE', '2025-10-06').readings).toHaveLength(1);
  });
});

describe('TX TEC 29.004(a)(1): absences extend the FIIE period', () => {
  it('three absences in the period add three school days, and are listed', () => {
    // Consent Mon 6 Oct 2025: 45th school day is Wed 17 Dec. Absent Oct 8, 15 and 22 (school
    // days in the period); Sat 11 Oct and Mon 5 Jan 2026 are not school days of the period.
    // +3 school days: Dec 18 (1), Dec 19 (2), winter break, Mon 5 Jan 2026 (3).
    const r = tx('TX-29.004-FIIE-REPORT', '2025-10-06', {
      absences: ['2025-10-08', '2025-10-15', '2025-10-22', '2025-10-11', '2026-01-05'],
    });
    expect(r.dueDate).toBe('2026-01-05');
    expect(r.earliest?.explanation.absences).toEqual({
      days: ['2025-10-08', '2025-10-15', '2025-10-22'],
      extendedBy: 3,
      minDays: 3,
      citation: 'TEC 29.004(a)(1), (a-1)',
    });
  });

  it('two absences: counted and shown, no extension', () => {
    const r = tx('TX-29.004-FIIE-REPORT', '2025-10-06', {
      absences: ['2025-10-08', '2025-10-15'],
    });
    expect(r.dueDate).toBe('2025-12-17');
    expect(r.earliest?.explanation.absences?.extendedBy).toBe(0);
    expect(r.earliest?.explanation.absences?.days).toEqual(['2025-10-08', '2025-10-15']);
  });

  it('three absences before year end set aside the June 30 rule (a-1)', () => {
    // Consent Thu 16 Apr 2026: 35 school days left → June 30 without absences. Absent Apr
    // 20–22: (a)(1) applies: day 35 is Fri 5 Jun, summer skipped, Aug 17–21 (36–40), Aug
    // 24–28 (41–45); +3: Aug 31, Sep 1, Wed 2 Sep 2026.
    expect(tx('TX-29.004-FIIE-REPORT', '2026-04-16', { absences: [] }).dueDate).toBe('2026-06-30');
    const r = tx('TX-29.004-FIIE-REPORT', '2026-04-16', {
      absences: ['2026-04-20', '2026-04-21', '2026-04-22'],
    });
    expect(r.dueDate).toBe('2026-09-02');
    expect(r.earliest?.explanation.adjustments[0]).toMatch(/end-of-year rule not applied/);
  });

  it('attendance not given: said so, not applied', () => {
    const r = tx('TX-29.004-FIIE-REPORT', '2025-10-06');
    expect(r.dueDate).toBe('2025-12-17');
    expect(r.notes.join(' ')).toMatch(/Absences not known/);
  });
});

describe('every request type gets a deadline', () => {
  const TYPES = [
    ['EVALUATION', 'TX-89.1011-FIIE-RESPONSE'],
    ['IEP_MEETING', 'TX-89.1050-ARD-REQUEST'],
    ['RECORDS', 'TX-RECORDS'],
    ['FBA', 'TX-89.1011-FIIE-RESPONSE'],
    ['BEHAVIOR_PLAN', 'F17-BIP'],
    ['ACCOMMODATIONS', 'F16'],
    ['REINTEGRATION_PLAN', 'ORG-DEFAULT'],
    ['PRIOR_WRITTEN_NOTICE', 'F11-REQUEST'],
    ['INDEPENDENT_EVALUATION', 'F10'],
    ['HOME_INSTRUCTION', 'ORG-DEFAULT'],
    ['OTHER', 'ORG-DEFAULT'],
  ] as const;

  it.each(TYPES)('%s received in TX has a rule (%s)', (type, ruleId) => {
    const r = computeDeadline({
      rules: builtInRules,
      jurisdiction: 'TX',
      requestType: type,
      trigger: 'WRITTEN_REQUEST_RECEIVED',
      triggeredAt: { date: '2025-10-06' },
      timeZone: 'America/Chicago',
      calendar: CALENDAR_TWO_YEARS,
    });
    expect(r.ruleId).toBe(ruleId);
    expect(r.basis).not.toBe('NO_RULE');
  });

  it('CA hospital instruction: 5 working days from the notice', () => {
    // Mon 6 Oct 2025: Oct 7–10 (1–4), Mon 13 Columbus Day skipped, Tue 14 Oct (5).
    const r = computeDeadline({
      rules: builtInRules,
      jurisdiction: 'CA',
      requestType: 'HOME_INSTRUCTION',
      trigger: 'HOSPITAL_STAY_NOTIFIED',
      triggeredAt: { date: '2025-10-06' },
      timeZone: 'America/Los_Angeles',
      calendar: CALENDAR_TWO_YEARS,
    });
    expect(r.ruleId).toBe('CA-48208-HOSPITAL');
    expect(r.dueDate).toBe('2025-10-14');
    expect(r.citation).toBe('EC 48207.5, 48208(b)');
  });
});
