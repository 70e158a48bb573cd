import { AttendanceStatus as S } from './attendance-status';
import {
  attendedShare,
  missedByPeriod,
  rateOf,
  supportComparison,
  topTriggers,
  totalsByStatus,
  weekdayRates,
  weeklyRates,
  weekStartOf,
  type SummaryDay,
} from './attendance-summary';

const day = (
  date: string,
  status: S,
  periodsMissed: number[] = [],
  triggers: string[] = [],
): SummaryDay => ({ date, status, periodsMissed, triggers });

/**
 * Two weeks of one student, 7 periods a day. Attended share of each day, by hand:
 *   Mon 6 Oct FULL 1 · Tue 7 PARTIAL missed 1,2 → 5/7 · Wed 8 ABSENT 0 · Thu 9 TARDY 1 ·
 *   Fri 10 IN_BUILDING_NOT_IN_CLASS 0 · Mon 13 ABSENT 0 · Tue 14 PARTIAL (arrival only) 1/2 ·
 *   Wed 15 FULL 1.
 */
const DAYS = [
  day('2025-10-06', S.FULL, [], ['Loud noise']),
  day('2025-10-07', S.PARTIAL, [1, 2], ['Loud noise', 'Peer']),
  day('2025-10-08', S.ABSENT, [], ['Morning transition', 'loud noise']),
  day('2025-10-09', S.TARDY),
  day('2025-10-10', S.IN_BUILDING_NOT_IN_CLASS, [3]),
  day('2025-10-13', S.ABSENT),
  day('2025-10-14', S.PARTIAL),
  day('2025-10-15', S.FULL),
];
const PERIODS = 7;

describe('attendance summary arithmetic', () => {
  it('credits each kind of day', () => {
    expect(DAYS.map((d) => attendedShare(d, PERIODS))).toEqual([1, 5 / 7, 0, 1, 0, 0, 0.5, 1]);
    // More periods missed than the day has: nothing attended, never negative.
    expect(attendedShare(day('2025-10-06', S.PARTIAL, [1, 2, 3, 4, 5, 6, 7, 8]), PERIODS)).toBe(0);
    // A period written twice counts once: 6/7.
    expect(attendedShare(day('2025-10-06', S.PARTIAL, [2, 2]), PERIODS)).toBeCloseTo(6 / 7, 10);
  });

  it('rates all entered days: (1 + 5/7 + 1 + 1/2 + 1) / 8 = 59/112', () => {
    const overall = rateOf(DAYS, PERIODS);
    expect(overall.enteredDays).toBe(8);
    expect(overall.rate).toBeCloseTo(59 / 112, 10); // 0.5268
    // Missed whole: Wed 8 and Mon 13 ABSENT, Fri 10 in the building; in part: Tue 7, Tue 14.
    expect([overall.missedDays, overall.partialDays]).toEqual([3, 2]);
    expect(rateOf([], PERIODS)).toEqual({
      enteredDays: 0,
      rate: null,
      missedDays: 0,
      partialDays: 0,
    });
  });

  it('finds the Monday of a date’s ISO week', () => {
    expect(weekStartOf('2025-10-06')).toBe('2025-10-06');
    expect(weekStartOf('2025-10-12')).toBe('2025-10-06'); // a Sunday belongs to the week before
    expect(weekStartOf('2026-01-01')).toBe('2025-12-29'); // across the new year
  });

  it('rates by week: 19/35 then 1/2', () => {
    const weeks = weeklyRates([...DAYS].reverse(), PERIODS);
    expect(
      weeks.map((w) => [w.weekStart, w.schoolDaysEntered, w.missedDays, w.partialDays]),
    ).toEqual([
      ['2025-10-06', 5, 2, 1],
      ['2025-10-13', 3, 1, 1],
    ]);
    expect(weeks[0]!.rate).toBeCloseTo(19 / 35, 10); // (1 + 5/7 + 0 + 1 + 0) / 5
    expect(weeks[1]!.rate).toBeCloseTo(0.5, 10); // (0 + 1/2 + 1) / 3
  });

  it('rates by weekday, Monday to Friday', () => {
    const weekdays = weekdayRates(DAYS, PERIODS);
    expect(weekdays.map((w) => [w.weekday, w.enteredDays, w.missedDays, w.partialDays])).toEqual([
      ['MONDAY', 2, 1, 0],
      ['TUESDAY', 2, 0, 2],
      ['WEDNESDAY', 2, 1, 0],
      ['THURSDAY', 1, 0, 0],
      ['FRIDAY', 1, 1, 0],
    ]);
    expect(weekdays[0]!.rate).toBeCloseTo(0.5, 10); // FULL, ABSENT
    expect(weekdays[1]!.rate).toBeCloseTo(17 / 28, 10); // (5/7 + 1/2) / 2
    expect(weekdays[2]!.rate).toBeCloseTo(0.5, 10);
    expect(weekdays[3]!.rate).toBe(1);
    expect(weekdays[4]!.rate).toBe(0);
    expect(weekdayRates([], PERIODS).every((w) => w.rate === null)).toBe(true);
  });

  it('counts missed days per period, up to the day’s periods or the highest seen', () => {
    expect(missedByPeriod(DAYS, PERIODS)).toEqual([
      { period: 1, missed: 1 },
      { period: 2, missed: 1 },
      { period: 3, missed: 1 },
      { period: 4, missed: 0 },
      { period: 5, missed: 0 },
      { period: 6, missed: 0 },
      { period: 7, missed: 0 },
    ]);
    const late = missedByPeriod([day('2025-10-06', S.PARTIAL, [9, 9])], PERIODS);
    expect(late).toHaveLength(9);
    expect(late[8]).toEqual({ period: 9, missed: 1 });
  });

  it('ranks triggers by days seen, case-insensitively, then by label', () => {
    expect(topTriggers(DAYS)).toEqual([
      { label: 'Loud noise', count: 3 },
      { label: 'Morning transition', count: 1 },
      { label: 'Peer', count: 1 },
    ]);
    const many = Array.from({ length: 12 }, (_, i) => day('2025-10-06', S.FULL, [], [`t${i}`]));
    expect(topTriggers(many)).toHaveLength(10);
  });

  it('totals every status, zeros included', () => {
    expect(totalsByStatus(DAYS)).toEqual([
      { status: S.FULL, days: 2 },
      { status: S.PARTIAL, days: 2 },
      { status: S.ABSENT, days: 2 },
      { status: S.TARDY, days: 1 },
      { status: S.IN_BUILDING_NOT_IN_CLASS, days: 1 },
    ]);
  });

  it('compares the days before a support started with those while it was in place', () => {
    // Late start from Thu 9 to Tue 14 Oct.
    const result = supportComparison(
      DAYS,
      { id: 's', startedOn: '2025-10-09', endedOn: '2025-10-14' },
      PERIODS,
    );
    expect(result.before.enteredDays).toBe(3);
    expect(result.before.rate).toBeCloseTo(4 / 7, 10); // (1 + 5/7 + 0) / 3
    expect(result.after.enteredDays).toBe(4); // 9, 10, 13, 14: Wed 15 is after its end
    expect(result.after.rate).toBeCloseTo(0.375, 10); // (1 + 0 + 0 + 1/2) / 4
    expect(result.change).toBeCloseTo(-11 / 56, 10);

    const fromTheStart = supportComparison(
      DAYS,
      { id: 's', startedOn: '2025-10-01', endedOn: null },
      PERIODS,
    );
    expect(fromTheStart.before).toEqual({
      enteredDays: 0,
      rate: null,
      missedDays: 0,
      partialDays: 0,
    });
    expect(fromTheStart.after.enteredDays).toBe(8);
    expect(fromTheStart.change).toBeNull();
  });
});
