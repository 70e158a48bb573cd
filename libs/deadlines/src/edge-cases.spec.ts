import {
  addDays,
  builtInRules,
  computeDeadline,
  computeForRule,
  endOfDay,
  resolveRules,
  UnknownRuleError,
  type DeadlineInput,
  type RuleRecord,
} from './index';
import { CALENDAR_2025_26, CALENDAR_TWO_YEARS } from './testing/district-calendars';

function rule(id: string): RuleRecord {
  const found = builtInRules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

const at = (id: string, date: string, extra: Partial<DeadlineInput> = {}) =>
  computeForRule(rule(id), {
    triggeredAt: { date },
    timeZone: 'America/Los_Angeles',
    calendar: CALENDAR_TWO_YEARS,
    ...extra,
  });

describe('end of day across daylight-saving changes', () => {
  it.each([
    // [zone, day, instant]: the offset of the due day itself, not of the day before.
    ['America/New_York', '2025-11-01', '2025-11-02T03:59:59.999Z'], // EDT
    ['America/New_York', '2025-11-02', '2025-11-03T04:59:59.999Z'], // clocks went back: EST
    ['America/Los_Angeles', '2026-03-07', '2026-03-08T07:59:59.999Z'], // PST
    ['America/Los_Angeles', '2026-03-08', '2026-03-09T06:59:59.999Z'], // clocks went forward: PDT
    ['Pacific/Honolulu', '2026-03-08', '2026-03-09T09:59:59.999Z'], // no DST
  ])('%s %s → %s', (zone, day, instant) => {
    expect(endOfDay(day, zone).toISOString()).toBe(instant);
  });

  it('a deadline due on the day clocks go back ends at 23:59:59.999 EST', () => {
    // OH 30 days from Fri 3 Oct 2025 → Sun 2 Nov, the day DST ends in New York.
    const r = at('OH-51-06B3-RESPONSE', '2025-10-03', { timeZone: 'America/New_York' });
    expect(r.dueDate).toBe('2025-11-02');
    expect(r.dueInstant).toBe('2025-11-03T04:59:59.999Z');
  });

  it('a deadline due on the day clocks go forward ends at 23:59:59.999 PDT', () => {
    // F2 60 days from Wed 7 Jan 2026: Jan 31 is day 24, Feb 28 day 52, Mar 8 day 60.
    const r = at('F2', '2026-01-07');
    expect(r.dueDate).toBe('2026-03-08');
    expect(r.dueInstant).toBe('2026-03-09T06:59:59.999Z');
  });
});

describe('leap years (OH: count the actual days)', () => {
  it('60 days across 29 Feb 2028', () => {
    // From Sat 15 Jan 2028: Jan 16–31 = 16, Feb 1–29 = 45, Mar 15 = 60.
    expect(at('OH-51-06B4-ETR', '2028-01-15').dueDate).toBe('2028-03-15');
    // The same count in 2027 (no Feb 29) lands a day later: Jan 31 = 16, Feb 28 = 44, Mar 16 = 60.
    expect(at('OH-51-06B4-ETR', '2027-01-15').dueDate).toBe('2027-03-16');
  });
});

describe('weekend due days', () => {
  it('NJ 90 days lands on Sun 4 Jan: earliest stays, latest rolls to Mon 5 Jan', () => {
    const r = at('NJ-3.4-EVALUATION-IEP', '2025-10-06');
    expect(r.dueDate).toBe('2026-01-04');
    expect(r.latest?.dueDate).toBe('2026-01-05');
    expect(r.latest?.explanation.adjustments[0]).toMatch(/rolled forward past 2026-01-04 Sunday/);
  });

  it('a roll skips a Monday holiday too (Sun 18 Jan → Tue 20 Jan past MLK Day)', () => {
    // F3 30 days from Fri 19 Dec 2025 → Sun 18 Jan.
    const r = at('F3', '2025-12-19');
    expect(r.dueDate).toBe('2026-01-18');
    expect(r.latest?.dueDate).toBe('2026-01-20');
  });

  it('school-day and business-day counts never end on a weekend: one reading', () => {
    expect(at('TX-89.1011-FIIE-RESPONSE', '2025-10-06').readings).toHaveLength(1);
  });
});

describe('breaks at the edges of the period', () => {
  it('CA 30 days from Wed 10 Dec: break edge readings Jan 21 / Jan 23 / Jan 25 → rolled Jan 26', () => {
    // Dec 11–19 = 9 days, Dec 20–21 weekend before the break, Dec 22–Jan 2 paused (>5 school
    // days), Jan 3–4 weekend after.
    // NONE: Dec 11–21 = 11, Jan 3 = 12 … day 30 = Jan 21.
    // TRAILING: Dec 11–21 = 11, Jan 5 = 12 … day 30 = Jan 23.
    // BOTH: Dec 11–19 = 9, Jan 5 = 10 … day 30 = Jan 25 (Sun) → rolls to Mon Jan 26.
    const r = at('CA-56343.5-IEP-REQUEST', '2025-12-10');
    const dates = r.readings.map((x) => x.dueDate);
    expect(dates).toEqual(['2026-01-21', '2026-01-23', '2026-01-25', '2026-01-26']);
    expect(r.whyReadingsDiffer.join(' ')).toMatch(/edges of a paused CA break/);
  });

  it('CA: a 5-school-day Thanksgiving is not paused', () => {
    // 15 days from Mon 17 Nov → Tue 2 Dec, straight through Nov 24–28.
    const r = at('CA-56321-PLAN', '2025-11-17');
    expect(r.readings.map((x) => x.dueDate)).toEqual(['2025-12-02']);
  });

  it('GA: a due day on the weekend before a 5-day break moves past the break and both weekends', () => {
    // 60 days from Tue 23 Sep would be Sat 22 Nov; Nov 22–30 is not counted, so day 60 is Mon 1 Dec.
    const r = at('GA-160-4-7-.04-EVALUATION', '2025-09-23', { timeZone: 'America/New_York' });
    expect(r.dueDate).toBe('2025-12-01');
    expect(r.earliest?.explanation.skipped[0]?.text).toBe(
      '2025-11-22 Thanksgiving break (weekend before the break; break of 5 or more school days, with the weekends on either side)',
    );
  });

  it('PA: summer from the day after the last day to the day before the first is not counted', () => {
    // Consent Mon 1 Jun 2026: Jun 2–5 = 4 days, Jun 6–Aug 16 skipped, Aug 17 = 5, Aug 31 = 19,
    // Sep 30 = 49, Oct 11 = 60 (a Sunday).
    const r = at('PA-14.123B-ER', '2026-06-01', { timeZone: 'America/New_York' });
    expect(r.dueDate).toBe('2026-10-11');
    const skipped = r.earliest?.explanation.skipped ?? [];
    expect(skipped[0]?.date).toBe('2026-06-06');
    expect(skipped[skipped.length - 1]?.date).toBe('2026-08-16');
  });
});

describe('end-of-year carry-over rules', () => {
  it('CA referral ≤10 days before the year ends → 10 days after the next year starts', () => {
    // Thu 28 May 2026 is 8 days before Fri 5 Jun: due 17 Aug 2026 + 10 = Thu 27 Aug.
    const r = at('CA-56321-PLAN', '2026-05-28');
    expect(r.dueDate).toBe('2026-08-27');
    expect(r.earliest?.explanation.adjustments[0]).toMatch(/EC 56043\(a\)/);
    // 14 days before (Fri 22 May): counted normally; summer not counted: May 23–Jun 5 = 14, Aug 17 = 15.
    expect(at('CA-56321-PLAN', '2026-05-22').dueDate).toBe('2026-08-17');
  });

  it('CA consent ≤30 days before the year ends → IEP 30 days after the next year starts (paused reading)', () => {
    // Fri 15 May 2026 is 21 days before Jun 5. Unpaused: May 15 + 60 = Tue 14 Jul.
    const r = at('CA-56344-ASSESSMENT-IEP', '2026-05-15');
    expect(r.dueDate).toBe('2026-07-14');
    // Paused: 17 Aug 2026 + 30 = Wed 16 Sep.
    expect(r.latest?.dueDate).toBe('2026-09-16');
  });

  it('TX consent 35–44 school days before the last instructional day → June 30', () => {
    // School days after Thu 16 Apr through Jun 5: Apr 17, Apr 20–Jun 5 (May 25 closed) = 35.
    expect(at('TX-29.004-FIIE-REPORT', '2026-04-16').dueDate).toBe('2026-06-30');
    // Fri 27 Mar: 44 → June 30. Thu 26 Mar: 45 → the 45th school day is Jun 5 itself.
    expect(at('TX-29.004-FIIE-REPORT', '2026-03-27').dueDate).toBe('2026-06-30');
    expect(at('TX-29.004-FIIE-REPORT', '2026-03-26').dueDate).toBe('2026-06-05');
    // Mon 20 Apr: 33 left, so 12 more in fall: Aug 17–21, 24–28, Aug 31, Sep 1.
    expect(at('TX-29.004-FIIE-REPORT', '2026-04-20').dueDate).toBe('2026-09-01');
  });

  it('MA consent 30–45 school working days before the year ends → 14 days after it ends', () => {
    // Thu 16 Apr: 35 school days left → Jun 5 + 14 = Fri 19 Jun.
    expect(at('MA-28.05-PROPOSED-IEP', '2026-04-16').dueDate).toBe('2026-06-19');
  });

  it('TX ARD: a day 30 in summer moves to the first day of fall', () => {
    // Wed 20 May 2026 + 30 = Fri 19 Jun, in summer → Mon 17 Aug 2026.
    const r = at('TX-89.1011-ARD', '2026-05-20');
    expect(r.dueDate).toBe('2026-08-17');
  });
});

describe('missing calendar: a provisional date, said so (see issue-20.spec.ts)', () => {
  it('a school-day count past the last known year is provisional', () => {
    // 45th school day from Mon 20 Apr 2026: 33 to Fri 5 Jun, then weekdays less holidays
    // (Juneteenth skipped) → Wed 24 Jun.
    const r = at('TX-29.004-FIIE-REPORT', '2026-04-20', { calendar: CALENDAR_2025_26 });
    expect(r.dueDate).toBe('2026-06-24');
    expect(r.incomplete).toBeNull();
    expect(r.provisional?.missingFrom).toBe('2026-06-06');
  });

  it('a CA carry-over to a next year the calendar does not have stays incomplete', () => {
    const r = at('CA-56321-PLAN', '2026-05-28', { calendar: CALENDAR_2025_26 });
    expect(r.dueDate).toBeNull();
    expect(r.incomplete?.reason).toMatch(/no next year/);
  });

  it('no calendar at all: school days and break exclusions are provisional; plain calendar days are not', () => {
    const none = { calendar: undefined };
    // 35 school days as weekdays less holidays from Mon 6 Oct 2025: Oct 7–10 (4), Mon 13
    // Columbus Day skipped, Oct 14–17 (8), 20–24 (13), 27–31 (18), Nov 3–7 (23), Nov 10
    // (24), Tue 11 Veterans Day skipped, Nov 12–14 (27), 17–21 (32), Nov 24, 25, 26 (35).
    const wa = at('WA-03005-3-EVALUATION', '2025-10-06', none);
    expect(wa.dueDate).toBe('2025-11-26');
    expect(wa.provisional?.schoolYears).toEqual(['2025-26']);
    // 15 days, no break known: Tue 21 Oct.
    const ca = at('CA-56321-PLAN', '2025-10-06', none);
    expect(ca.dueDate).toBe('2025-10-21');
    expect(ca.provisional).not.toBeNull();
    expect(at('F2', '2025-10-06', none).dueDate).toBe('2025-12-05');
    expect(at('F2', '2025-10-06', none).provisional).toBeNull();
    expect(at('CA-56504-RECORDS', '2025-10-06', none).dueDate).toBe('2025-10-14');
  });
});

describe('jurisdiction and rule selection', () => {
  const input: DeadlineInput = {
    rules: builtInRules,
    jurisdiction: 'ZZ',
    requestType: 'EVALUATION',
    trigger: 'CONSENT_RECEIVED',
    triggeredAt: { date: '2025-10-06' },
    timeZone: 'America/Chicago',
  };

  it('an unknown jurisdiction falls back to federal and says so', () => {
    const r = computeDeadline(input);
    expect(r.ruleId).toBe('F2');
    expect(r.jurisdiction).toMatchObject({ applied: 'US', fellBackToFederal: true });
    expect(r.notes[0]).toMatch(/no rule table for jurisdiction "ZZ"/);
  });

  it('a state with no table (OR) uses federal rules with its own holidays', () => {
    const r = computeDeadline({ ...input, jurisdiction: 'OR' });
    expect(r.ruleId).toBe('F2');
    expect(r.jurisdiction.fellBackToFederal).toBe(true);
  });

  it('home instruction: the built-in organization default (no fixed period); an organisation rule then applies, labelled', () => {
    const home = {
      ...input,
      jurisdiction: 'TX',
      requestType: 'HOME_INSTRUCTION' as const,
      trigger: 'WRITTEN_REQUEST_RECEIVED' as const,
      calendar: CALENDAR_2025_26,
    };
    expect(computeDeadline(home)).toMatchObject({
      basis: 'NO_FIXED_PERIOD',
      ruleId: 'ORG-DEFAULT',
    });
    const rules = resolveRules(builtInRules, [
      {
        kind: 'ADD',
        rule: {
          ...rule('TX-89.1050-ARD-REQUEST'),
          id: 'ORG-HOME',
          requestTypes: ['HOME_INSTRUCTION'],
          duty: 'Answer a homebound request',
          citation: 'Organization policy',
          status: 'M',
          statusNote: 'organization default',
          period: 10,
          unit: 'SCHOOL_DAYS',
        },
      },
    ]);
    const r = computeDeadline({ ...home, rules });
    expect(r.basis).toBe('ORGANIZATION_RULE');
    expect(r.verified).toBe(false);
    expect(r.dueDate).toBe('2025-10-21'); // 10 school days from Mon 6 Oct
  });

  it('an organisation can correct or disable a rule', () => {
    const ca = {
      ...input,
      jurisdiction: 'CA',
      trigger: 'WRITTEN_REQUEST_RECEIVED' as const,
      calendar: CALENDAR_2025_26,
    };
    const disabled = resolveRules(builtInRules, [
      { kind: 'DISABLE', ruleId: 'CA-56321-PLAN', reason: 'test' },
    ]);
    const r = computeDeadline({ ...ca, rules: disabled });
    expect(r.ruleId).toBe('F1');
    expect(r.jurisdiction.reason).toMatch(/no enabled CA rule/);
    const corrected = resolveRules(builtInRules, [
      { kind: 'CORRECT', ruleId: 'CA-56321-PLAN', patch: { period: 10 }, reason: 'test' },
    ]);
    const c = computeDeadline({ ...ca, rules: corrected });
    expect(c.dueDate).toBe('2025-10-16');
    expect(c.basisLabel).toMatch(/corrected by the organization/);
    expect(builtInRules.find((x) => x.id === 'CA-56321-PLAN')?.period).toBe(15); // not mutated
    expect(() =>
      resolveRules(builtInRules, [{ kind: 'DISABLE', ruleId: 'NOPE', reason: '' }]),
    ).toThrow(UnknownRuleError);
  });
});

describe('properties', () => {
  // For triggers across the year, a later trigger never gives an earlier due date, for the
  // earliest and the latest reading. Plain loop over every day, no property-testing library.
  const RULES = [
    'CA-56321-PLAN',
    'CA-56344-ASSESSMENT-IEP',
    'CA-56343.5-IEP-REQUEST',
    'TX-29.004-FIIE-REPORT',
    'TX-89.1011-ARD',
    'NY-200.4E1-RECOMMENDATION',
    'FL-6A-6.0331-3G-EVALUATION',
    'GA-160-4-7-.04-EVALUATION',
    'PA-14.123B-ER',
    'MA-28.05-PROPOSED-IEP',
    'VA-60B-EVALUATION',
    'NJ-3.3E-IDENTIFICATION-MEETING',
  ];
  it.each(RULES)('%s is monotone in the trigger date', (id) => {
    let previous: { earliest: string; latest: string } | null = null;
    // Every 3rd day of 2025-26 keeps the run short while covering breaks and year end.
    for (let d = '2025-08-18'; d <= '2026-06-05'; d = addDays(d, 3)) {
      const r = at(id, d, { jurisdiction: rule(id).jurisdiction });
      const earliest = r.earliest?.dueDate;
      const latest = r.latest?.dueDate;
      if (!earliest || !latest) throw new Error(`${id} ${d}: ${r.incomplete?.reason ?? 'no date'}`);
      expect(earliest <= latest).toBe(true);
      expect(earliest > d).toBe(true);
      if (previous) {
        expect([d, earliest >= previous.earliest]).toEqual([d, true]);
        expect([d, latest >= previous.latest]).toEqual([d, true]);
      }
      previous = { earliest, latest };
    }
  });
});
