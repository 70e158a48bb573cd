import { builtInRules, computeDeadline, resolveRules, type DeadlineInput } from './index';
import { CALENDAR_2025_26 } from './testing/district-calendars';

/** scenarios.md, on the fictional 2025-26 calendar; dates as given there. */

const base = (overrides: Partial<DeadlineInput>): DeadlineInput => ({
  rules: builtInRules,
  jurisdiction: 'CA',
  requestType: 'EVALUATION',
  trigger: 'WRITTEN_REQUEST_RECEIVED',
  triggeredAt: { date: '2025-10-06' },
  timeZone: 'America/Los_Angeles',
  calendar: CALENDAR_2025_26,
  ...overrides,
});

describe('scenarios.md', () => {
  it('1 CA: assessment plan due Tue 21 Oct (EC 56321: 15 days from Mon 6 Oct)', () => {
    const r = computeDeadline(base({}));
    expect(r.ruleId).toBe('CA-56321-PLAN');
    expect(r.dueDate).toBe('2025-10-21');
    expect(r.dueInstant).toBe('2025-10-22T06:59:59.999Z'); // end of day, PDT (UTC-7)
    expect(r.readings).toHaveLength(1);
    expect(r.verified).toBe(true);
  });

  it('1 CA: the trigger instant counts on its day in the district zone', () => {
    // 03:30 UTC on 7 Oct is 20:30 on 6 Oct in Los Angeles.
    const r = computeDeadline(base({ triggeredAt: { instant: '2025-10-07T03:30:00Z' } }));
    expect(r.triggerDate).toBe('2025-10-06');
    expect(r.dueDate).toBe('2025-10-21');
  });

  it('1 CA: IEP due Sun 18 Jan paused, or Sun 4 Jan on the unpaused EC 56302.1 reading', () => {
    const r = computeDeadline(
      base({ trigger: 'CONSENT_RECEIVED', triggeredAt: { date: '2025-11-05' } }),
    );
    expect(r.ruleId).toBe('CA-56344-ASSESSMENT-IEP');
    // Unpaused: Nov 5 + 60 = Jan 4 (Nov 30 is day 25, Dec 31 day 56).
    expect(r.earliest?.dueDate).toBe('2026-01-04');
    expect(r.earliest?.choices).toMatchObject({ CA_56302_1: 'UNPAUSED', WEEKEND_DUE_DAY: 'STAYS' });
    expect(r.dueDate).toBe('2026-01-04'); // follow-ups use the earliest
    // Paused until school reconvenes (Mon 5 Jan): Dec 22–Jan 4 (14 days) not counted → Jan 18.
    // Thanksgiving (exactly 5 school days) is NOT paused under "longer than 5".
    const paused = r.readings.find((x) => x.dueDate === '2026-01-18');
    expect(paused?.choices).toMatchObject({
      CA_56302_1: 'PAUSED',
      CA_BREAK_EDGES: 'TRAILING',
      WEEKEND_DUE_DAY: 'STAYS',
    });
    expect(paused?.explanation.skipped.map((s) => s.date)).not.toContain('2025-11-27');
    expect(paused?.explanation.skipped.map((s) => s.text)).toContain(
      '2025-12-25 Winter break (break longer than 5 school days)',
    );
    expect(paused?.explanation.skipped).toHaveLength(14);
    // Only the vacation days paused (Dec 22–Jan 2, 12 days) → Fri Jan 16.
    expect(r.readings.map((x) => x.dueDate)).toContain('2026-01-16');
    // Latest: Jan 18 (Sun) rolls past Mon 19 Jan (MLK Day) to Tue 20 Jan; both edge weekends
    // paused (16 days) also gives Jan 20.
    expect(r.latest?.dueDate).toBe('2026-01-20');
    expect(r.whyReadingsDiffer.join(' ')).toMatch(/56302\.1/);
  });

  it('3 NY: evaluations Fri 19 Dec (60 days); recommendation Wed 4 Feb (60 school days)', () => {
    const common = {
      jurisdiction: 'NY',
      trigger: 'CONSENT_RECEIVED' as const,
      triggeredAt: { date: '2025-10-20' },
      timeZone: 'America/New_York',
    };
    const evaluation = computeDeadline(base(common));
    expect(evaluation.ruleId).toBe('NY-200.4B7-EVALUATION');
    expect(evaluation.dueDate).toBe('2025-12-19');
    expect(evaluation.verified).toBe(false); // status S
    const recommendation = computeDeadline(
      base({ ...common, ruleId: 'NY-200.4E1-RECOMMENDATION' }),
    );
    expect(recommendation.dueDate).toBe('2026-02-04');
    // Notice for the 14 Jan meeting: at least 5 days before → by Fri 9 Jan; sent 12 Jan = late.
    const notice = computeDeadline(
      base({
        ...common,
        requestType: 'IEP_MEETING',
        trigger: 'MEETING_SCHEDULED',
        triggeredAt: { date: '2026-01-14' },
      }),
    );
    expect(notice.dueDate).toBe('2026-01-09');
    expect('2026-01-12' > (notice.dueDate ?? '')).toBe(true);
  });

  it('4 PA: PTE due Fri 24 Oct (oral, 10 days); ER due Fri 2 Jan (winter break counts)', () => {
    const pa = { jurisdiction: 'PA', timeZone: 'America/New_York' };
    const pte = computeDeadline(
      base({ ...pa, trigger: 'ORAL_REQUEST_RECEIVED', triggeredAt: { date: '2025-10-14' } }),
    );
    expect(pte.ruleId).toBe('PA-14.123C-ORAL-PTE');
    expect(pte.dueDate).toBe('2025-10-24');
    const er = computeDeadline(
      base({ ...pa, trigger: 'CONSENT_RECEIVED', triggeredAt: { date: '2025-11-03' } }),
    );
    expect(er.ruleId).toBe('PA-14.123B-ER');
    expect(er.dueDate).toBe('2026-01-02');
    expect(er.earliest?.explanation.skipped).toEqual([]);
  });

  it('6 MA: notice Tue 20 Jan (MLK excluded); assessments Tue 17 Mar; IEP Tue 14 Apr', () => {
    const ma = { jurisdiction: 'MA', timeZone: 'America/New_York' };
    const notice = computeDeadline(base({ ...ma, triggeredAt: { date: '2026-01-12' } }));
    expect(notice.dueDate).toBe('2026-01-20');
    expect(notice.earliest?.explanation.skipped.map((s) => s.text)).toContain(
      '2026-01-19 no school: Martin Luther King Jr. Day',
    );
    const consent = {
      ...ma,
      trigger: 'CONSENT_RECEIVED' as const,
      triggeredAt: { date: '2026-02-02' },
    };
    expect(computeDeadline(base(consent)).dueDate).toBe('2026-03-17');
    const iep = computeDeadline(base({ ...consent, ruleId: 'MA-28.05-PROPOSED-IEP' }));
    expect(iep.dueDate).toBe('2026-04-14');
    expect(iep.earliest?.explanation.skipped.map((s) => s.date)).toContain('2026-03-30'); // spring break
  });

  it('7 OH: response due Wed 31 Dec (30 days from Mon 1 Dec)', () => {
    const r = computeDeadline(
      base({
        jurisdiction: 'OH',
        timeZone: 'America/New_York',
        triggeredAt: { date: '2025-12-01' },
      }),
    );
    expect(r.ruleId).toBe('OH-51-06B3-RESPONSE');
    expect(r.dueDate).toBe('2025-12-31');
  });

  it('8 FL: 504 accommodations have no fixed clock; the organisation default is labelled', () => {
    const input = base({
      jurisdiction: 'FL',
      timeZone: 'America/New_York',
      requestType: 'ACCOMMODATIONS',
      triggeredAt: { date: '2026-02-09' },
    });
    const bare = computeDeadline(input);
    expect(bare.ruleId).toBe('F16');
    expect(bare.basis).toBe('NO_FIXED_PERIOD');
    expect(bare.dueDate).toBeNull();
    expect(bare.jurisdiction.fellBackToFederal).toBe(true);
    const rules = resolveRules(builtInRules, [
      { kind: 'SOFT_DEFAULT', ruleId: 'F16', period: 10, unit: 'SCHOOL_DAYS' },
    ]);
    const soft = computeDeadline({ ...input, rules });
    // 10 school days from Mon 9 Feb: Feb 10–13 (4), Feb 16 closed, Feb 17–20 (8), Feb 23, 24.
    expect(soft.dueDate).toBe('2026-02-24');
    expect(soft.basis).toBe('ORGANIZATION_DEFAULT');
    expect(soft.basisLabel).toBe('Organization default (not law): 10 school days');
    expect(soft.verified).toBe(false);
  });

  it('10 NJ: identification meeting due Sun 5 Oct; the rolling reading gives Mon 6 Oct', () => {
    const r = computeDeadline(
      base({
        jurisdiction: 'NJ',
        timeZone: 'America/New_York',
        triggeredAt: { date: '2025-09-15' },
      }),
    );
    expect(r.ruleId).toBe('NJ-3.3E-IDENTIFICATION-MEETING');
    expect(r.dueDate).toBe('2025-10-05');
    expect(r.latest?.dueDate).toBe('2025-10-06');
    expect(r.latest?.choices.WEEKEND_DUE_DAY).toBe('ROLLS');
  });

  it('11 VA: 65 business days from 22 Sep → 31 Dec with VA state holidays, year-round', () => {
    const input = base({
      jurisdiction: 'VA',
      timeZone: 'America/New_York',
      triggeredAt: { date: '2025-09-22' },
    });
    // date-holidays has only 4 VA "public" days in the range (Oct 13, Nov 11, Nov 27, Dec 25):
    // weekdays Sep 23–Dec 31 = 72; the 65th business day is Fri 26 Dec.
    expect(computeDeadline(input).dueDate).toBe('2025-12-26');
    // The doc's 31 Dec assumes the full VA list (Va. Code 2.2-3300): also Election Day (Nov 4),
    // the day after Thanksgiving (Nov 28) and Christmas Eve (Dec 24): 72 − 7 = 65 → Dec 31.
    const r = computeDeadline({
      ...input,
      additionalHolidays: [
        { date: '2025-11-04', name: 'Election Day' },
        { date: '2025-11-28', name: 'Day after Thanksgiving' },
        { date: '2025-12-24', name: 'Christmas Eve' },
      ],
    });
    expect(r.dueDate).toBe('2025-12-31');
    expect(r.earliest?.explanation.skipped.map((s) => s.text)).toContain(
      '2025-12-25 federal holiday (Christmas Day)',
    );
    expect(r.verified).toBe(false);
  });
});
