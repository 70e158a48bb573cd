import { addDays, dayOfWeek } from '@onrecord/deadlines';
import type { IsoDate, SchoolCalendar } from '@onrecord/deadlines';
// The fictional Maple Valley USD calendar shared with the deadline tests (test-only file).
// eslint-disable-next-line @nx/enforce-module-boundaries
import {
  CALENDAR_2025_26,
  CALENDAR_TWO_YEARS,
} from '../../deadlines/src/testing/district-calendars';
import {
  addSchoolDays,
  atLocalTime,
  inSendingWindow,
  isBusinessDay,
  isSchoolDay,
  isSendingDay,
  nextSendingTime,
  sendingWindowProblems,
  subtractBusinessDays,
  type FollowUpPlace,
  type SendingDays,
  type SendingWindow,
} from './follow-up-calendar';

/*
 * How the expected values were checked by hand:
 * - Offsets: New York is EST = UTC-5 / EDT = UTC-4, Los Angeles PST = UTC-8 / PDT = UTC-7.
 *   In 2025 DST starts Sunday 2025-03-09 at 02:00 local (clocks jump to 03:00) and ends
 *   Sunday 2025-11-02 at 02:00 local (clocks go back to 01:00).
 * - Weekdays: 2025-11-14 is a Friday (2025-11-01 is a Saturday), 2025-12-19 a Friday,
 *   2026-01-05 a Monday, 2026-06-05 a Friday, 2026-07-03 a Friday.
 * - Fixture (libs/deadlines/src/testing/district-calendars.ts): 2025-26 runs 2025-08-18 to
 *   2026-06-05; closed 2025-11-11, 2025-11-24..28, 2025-12-22..2026-01-02; 2026-27 starts
 *   2026-08-17.
 * - Public holidays (date-holidays, type public): federal 2025-11-11 Veterans Day,
 *   2025-11-27 Thanksgiving, 2026-01-01 New Year's Day, 2026-07-03 Independence Day
 *   observed; California adds 2025-11-28 (Day after Thanksgiving); New York adds 2025-11-04
 *   (Election Day).
 */

const NY: FollowUpPlace = {
  timeZone: 'America/New_York',
  jurisdiction: 'NY',
  calendar: CALENDAR_2025_26,
};
const NY_TWO_YEARS: FollowUpPlace = { ...NY, calendar: CALENDAR_TWO_YEARS };
const LA: FollowUpPlace = {
  timeZone: 'America/Los_Angeles',
  jurisdiction: 'CA',
  calendar: CALENDAR_2025_26,
};
const FEDERAL: FollowUpPlace = { ...NY, jurisdiction: null };
const NO_CALENDAR: FollowUpPlace = { ...FEDERAL, calendar: { years: [] } };

const OFFICE_HOURS = (days: SendingDays): SendingWindow => ({ start: '08:00', end: '17:00', days });

describe('atLocalTime', () => {
  it.each([
    // [date, time, zone, expected instant, why]
    ['2025-01-15', '08:00', 'America/New_York', '2025-01-15T13:00:00.000Z', 'EST: +5h'],
    ['2025-07-15', '08:00', 'America/New_York', '2025-07-15T12:00:00.000Z', 'EDT: +4h'],
    ['2025-01-15', '08:00', 'America/Los_Angeles', '2025-01-15T16:00:00.000Z', 'PST: +8h'],
    [
      '2025-07-15',
      '17:00',
      'America/Los_Angeles',
      '2025-07-16T00:00:00.000Z',
      'PDT: +7h, next UTC day',
    ],
    ['2025-12-31', '24:00', 'America/New_York', '2026-01-01T05:00:00.000Z', 'next day 00:00 EST'],
    // Spring forward in New York: 02:00 EST = 07:00Z becomes 03:00 EDT.
    ['2025-03-09', '00:00', 'America/New_York', '2025-03-09T05:00:00.000Z', 'midnight still EST'],
    ['2025-03-09', '01:59', 'America/New_York', '2025-03-09T06:59:00.000Z', 'last EST minute'],
    ['2025-03-09', '02:30', 'America/New_York', '2025-03-09T07:00:00.000Z', 'gap → 03:00 EDT'],
    [
      '2025-03-09',
      '02:00',
      'America/New_York',
      '2025-03-09T07:00:00.000Z',
      'gap start → 03:00 EDT',
    ],
    ['2025-03-09', '03:00', 'America/New_York', '2025-03-09T07:00:00.000Z', 'first EDT minute'],
    ['2025-03-09', '08:00', 'America/New_York', '2025-03-09T12:00:00.000Z', 'EDT'],
    ['2025-03-09', '24:00', 'America/New_York', '2025-03-10T04:00:00.000Z', 'a 23-hour day'],
    // Fall back in New York: 02:00 EDT = 06:00Z becomes 01:00 EST; 01:00–01:59 happens twice.
    ['2025-11-02', '00:30', 'America/New_York', '2025-11-02T04:30:00.000Z', 'EDT'],
    ['2025-11-02', '01:30', 'America/New_York', '2025-11-02T05:30:00.000Z', 'twice: the EDT one'],
    ['2025-11-02', '02:00', 'America/New_York', '2025-11-02T07:00:00.000Z', 'EST'],
    ['2025-11-02', '08:00', 'America/New_York', '2025-11-02T13:00:00.000Z', 'EST'],
    ['2025-11-02', '24:00', 'America/New_York', '2025-11-03T05:00:00.000Z', 'a 25-hour day'],
    // Los Angeles: 02:00 PST = 10:00Z in March, 02:00 PDT = 09:00Z in November.
    ['2025-03-09', '02:30', 'America/Los_Angeles', '2025-03-09T10:00:00.000Z', 'gap → 03:00 PDT'],
    [
      '2025-11-02',
      '01:30',
      'America/Los_Angeles',
      '2025-11-02T08:30:00.000Z',
      'twice: the PDT one',
    ],
    ['2025-11-02', '08:00', 'America/Los_Angeles', '2025-11-02T16:00:00.000Z', 'PST'],
  ])('%s %s in %s is %s (%s)', (date, time, zone, expected) => {
    expect(atLocalTime(date, time, zone).toISOString()).toBe(expected);
  });

  it.each([['8:00'], ['24:01'], ['12:60'], ['noon'], ['']])('rejects the time %p', (time) => {
    expect(() => atLocalTime('2025-11-14', time, 'America/New_York')).toThrow(/HH:MM/);
  });

  it('rejects a date that does not exist', () => {
    expect(() => atLocalTime('2025-02-30', '08:00', 'America/New_York')).toThrow(/2025-02-30/);
  });
});

describe('isBusinessDay', () => {
  it.each([
    // [date, place, expected, why]
    ['2025-11-12', FEDERAL, true, 'ordinary Wednesday'],
    ['2025-11-11', FEDERAL, false, 'Veterans Day (federal)'],
    ['2025-11-27', FEDERAL, false, 'Thanksgiving (federal)'],
    ['2025-11-28', FEDERAL, true, 'day after Thanksgiving is not federal'],
    ['2025-11-28', LA, false, 'day after Thanksgiving is a California holiday'],
    ['2025-11-28', { ...LA, jurisdiction: 'ca' }, false, 'jurisdiction in lower case'],
    ['2025-11-04', NY, false, 'Election Day is a New York holiday'],
    ['2025-11-04', FEDERAL, true, 'Election Day is not federal'],
    ['2025-11-15', FEDERAL, false, 'Saturday'],
    ['2025-11-16', FEDERAL, false, 'Sunday'],
    ['2026-07-03', FEDERAL, false, 'Independence Day observed on the Friday'],
    ['2025-12-29', NY, true, 'winter break at school, still a business day'],
  ] as const)('%s → %p (%s)', (date, place, expected) => {
    expect(isBusinessDay(date, place)).toBe(expected);
  });
});

describe('isSchoolDay', () => {
  it.each([
    // [date, place, expected, why]
    ['2025-11-12', NY, true, 'SCHOOL'],
    ['2025-11-11', NY, false, 'CLOSURE (Veterans Day)'],
    ['2025-11-15', NY, false, 'WEEKEND inside the year'],
    ['2025-12-29', NY, false, 'CLOSURE (winter break)'],
    ['2026-06-05', NY, true, 'last day of the year'],
    ['2026-06-08', NY, true, 'MISSING (no 2026-27 entered) → business day'],
    ['2026-06-06', NY, false, 'MISSING Saturday → not a business day'],
    ['2026-07-03', NY, false, 'MISSING, federal holiday observed → not a business day'],
    ['2025-08-15', NY, true, 'MISSING before the first listed year → business day'],
    ['2026-06-08', NY_TWO_YEARS, false, 'SUMMER between two listed years'],
    ['2026-08-17', NY_TWO_YEARS, true, 'first day of 2026-27'],
    ['2025-11-11', NO_CALENDAR, false, 'no calendar: Veterans Day'],
    ['2025-11-12', NO_CALENDAR, true, 'no calendar: business day'],
  ] as const)('%s → %p (%s)', (date, place, expected) => {
    expect(isSchoolDay(date, place)).toBe(expected);
  });
});

describe('addSchoolDays', () => {
  it.each([
    // [from, n, place, expected, how counted]
    ['2025-12-25', 0, NY, '2025-12-25', 'n = 0 returns the date even on a holiday'],
    ['2025-11-12', 1, NY, '2025-11-13', 'Wed → Thu'],
    ['2025-11-14', 1, NY, '2025-11-17', 'Fri → Mon over the weekend'],
    ['2025-11-10', 1, NY, '2025-11-12', 'skips the 11-11 closure'],
    ['2025-11-21', 1, NY, '2025-12-01', 'skips the Thanksgiving break 11-24..28'],
    ['2025-12-19', 1, NY, '2026-01-05', 'skips the winter break 12-22..01-02'],
    ['2025-12-17', 5, NY, '2026-01-07', '12-18, 12-19, 01-05, 01-06, 01-07'],
    ['2026-06-04', 3, NY, '2026-06-09', '06-05 school, then MISSING: Mon 06-08, Tue 06-09'],
    ['2026-07-02', 1, NY, '2026-07-06', 'MISSING: Fri 07-03 is a federal holiday'],
    ['2026-06-04', 2, NY_TWO_YEARS, '2026-08-17', '06-05, then summer to 2026-27 day 1'],
  ] as const)('%s + %i → %s (%s)', (from, n, place, expected) => {
    expect(addSchoolDays(from, n, place)).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN]])('rejects n = %p', (n) => {
    expect(() => addSchoolDays('2025-11-12', n, NY)).toThrow(RangeError);
  });

  it('stops after ten years of days instead of walking on', () => {
    // 3000 business days need about 3000 × 7/5 ≈ 4200 calendar days: past the 3660 cap.
    expect(() => addSchoolDays('2025-11-12', 3000, NO_CALENDAR)).toThrow(/3660/);
    // 2000 need about 2800: inside the cap.
    expect(addSchoolDays('2025-11-12', 2000, NO_CALENDAR) > '2033-01-01').toBe(true);
  });
});

describe('subtractBusinessDays', () => {
  it.each([
    // [from, n, place, expected, how counted]
    ['2025-11-15', 0, FEDERAL, '2025-11-15', 'n = 0 returns the date'],
    ['2025-11-13', 1, FEDERAL, '2025-11-12', 'Thu → Wed'],
    ['2025-11-12', 1, FEDERAL, '2025-11-10', 'skips Veterans Day'],
    ['2025-11-17', 1, FEDERAL, '2025-11-14', 'Mon → Fri over the weekend'],
    ['2025-12-01', 2, FEDERAL, '2025-11-26', 'Fri 11-28 (1), skips Thanksgiving, Wed 11-26 (2)'],
    ['2025-12-01', 2, LA, '2025-11-25', 'CA also skips 11-28: Wed 11-26 (1), Tue 11-25 (2)'],
    ['2025-12-31', 1, NY, '2025-12-30', 'school winter break does not matter'],
    ['2026-01-02', 1, FEDERAL, '2025-12-31', "skips New Year's Day into the previous year"],
  ] as const)('%s - %i → %s (%s)', (from, n, place, expected) => {
    expect(subtractBusinessDays(from, n, place)).toBe(expected);
  });

  it('rejects a negative n and stops after ten years of days', () => {
    expect(() => subtractBusinessDays('2025-11-12', -2, FEDERAL)).toThrow(RangeError);
    expect(() => subtractBusinessDays('2025-11-12', 3000, FEDERAL)).toThrow(/3660/);
  });
});

describe('isSendingDay', () => {
  it.each([
    // [date, place, SCHOOL_DAYS, WEEKDAYS, EVERY_DAY, why]
    ['2025-11-12', NY, true, true, true, 'school day'],
    ['2025-11-11', NY, false, true, true, 'school closure on a weekday'],
    ['2025-12-29', NY, false, true, true, 'winter break'],
    ['2025-11-15', NY, false, false, true, 'Saturday'],
    ['2026-06-08', NY, true, true, true, 'MISSING → business day'],
    ['2026-06-08', NY_TWO_YEARS, false, true, true, 'summer'],
  ] as const)('%s (%s)', (date, place, school, weekdays, everyDay) => {
    expect(isSendingDay(date, 'SCHOOL_DAYS', place)).toBe(school);
    expect(isSendingDay(date, 'WEEKDAYS', place)).toBe(weekdays);
    expect(isSendingDay(date, 'EVERY_DAY', place)).toBe(everyDay);
  });
});

describe('inSendingWindow', () => {
  it.each([
    // [instant, window, place, expected, local time]
    [
      '2025-11-14T13:00:00.000Z',
      OFFICE_HOURS('WEEKDAYS'),
      NY,
      true,
      'Fri 08:00 EST, start inclusive',
    ],
    ['2025-11-14T12:59:00.000Z', OFFICE_HOURS('WEEKDAYS'), NY, false, 'Fri 07:59 EST'],
    ['2025-11-14T21:59:00.000Z', OFFICE_HOURS('WEEKDAYS'), NY, true, 'Fri 16:59 EST'],
    [
      '2025-11-14T22:00:00.000Z',
      OFFICE_HOURS('WEEKDAYS'),
      NY,
      false,
      'Fri 17:00 EST, end exclusive',
    ],
    ['2025-11-15T17:00:00.000Z', OFFICE_HOURS('WEEKDAYS'), NY, false, 'Sat 12:00 EST'],
    ['2025-11-11T15:00:00.000Z', OFFICE_HOURS('WEEKDAYS'), NY, true, 'Tue 10:00, closure'],
    ['2025-11-11T15:00:00.000Z', OFFICE_HOURS('SCHOOL_DAYS'), NY, false, 'Tue 10:00, closure'],
    ['2025-11-14T16:00:00.000Z', OFFICE_HOURS('WEEKDAYS'), LA, true, 'Fri 08:00 PST'],
    ['2025-11-14T15:59:00.000Z', OFFICE_HOURS('WEEKDAYS'), LA, false, 'Fri 07:59 PST (10:59 EST)'],
    // The local day, not the UTC day, decides: Fri 20:00 EST is Saturday in UTC ...
    [
      '2025-11-15T01:00:00.000Z',
      { start: '00:00', end: '24:00', days: 'WEEKDAYS' },
      NY,
      true,
      'Fri 20:00 EST',
    ],
    // ... and Sun 20:30 PST is Monday in UTC.
    [
      '2025-11-17T04:30:00.000Z',
      { start: '00:00', end: '24:00', days: 'WEEKDAYS' },
      LA,
      false,
      'Sun 20:30 PST',
    ],
    // The repeated hour on 2025-11-02 is inside 01:00–02:00 both times.
    [
      '2025-11-02T05:30:00.000Z',
      { start: '01:00', end: '02:00', days: 'EVERY_DAY' },
      NY,
      true,
      '01:30 EDT',
    ],
    [
      '2025-11-02T06:30:00.000Z',
      { start: '01:00', end: '02:00', days: 'EVERY_DAY' },
      NY,
      true,
      '01:30 EST',
    ],
    [
      '2025-11-02T07:00:00.000Z',
      { start: '01:00', end: '02:00', days: 'EVERY_DAY' },
      NY,
      false,
      '02:00 EST',
    ],
  ] as const)('%s → %p (%s)', (iso, window, place, expected) => {
    expect(inSendingWindow(new Date(iso), window, place)).toBe(expected);
  });

  it.each([
    ['America/New_York', '2025-03-08T00:00:00.000Z'],
    ['America/New_York', '2025-11-01T00:00:00.000Z'],
    ['America/Los_Angeles', '2025-03-08T00:00:00.000Z'],
    ['America/Los_Angeles', '2025-11-01T00:00:00.000Z'],
  ])('EVERY_DAY 00:00–24:00 holds every quarter hour of four days in %s from %s', (zone, from) => {
    const window: SendingWindow = { start: '00:00', end: '24:00', days: 'EVERY_DAY' };
    const place = { ...NY, timeZone: zone };
    const outside: string[] = [];
    for (let q = 0; q < 4 * 24 * 4; q++) {
      const at = new Date(Date.parse(from) + q * 15 * 60_000);
      if (!inSendingWindow(at, window, place)) outside.push(at.toISOString());
      if (nextSendingTime(at, window, place).getTime() !== at.getTime())
        outside.push(`next ${at.toISOString()}`);
    }
    expect(outside).toEqual([]);
  });
});

describe('nextSendingTime', () => {
  it.each([
    // [earliest, window, place, expected, local times]
    [
      '2025-11-14T22:30:00.000Z',
      OFFICE_HOURS('WEEKDAYS'),
      NY,
      '2025-11-17T13:00:00.000Z',
      'Fri 17:30 EST → Mon 08:00 EST',
    ],
    [
      '2025-11-14T15:00:00.000Z',
      OFFICE_HOURS('WEEKDAYS'),
      NY,
      '2025-11-14T15:00:00.000Z',
      'Fri 10:00 EST is inside',
    ],
    [
      '2025-11-14T11:00:00.000Z',
      OFFICE_HOURS('WEEKDAYS'),
      NY,
      '2025-11-14T13:00:00.000Z',
      'Fri 06:00 EST → 08:00 same day',
    ],
    [
      '2025-11-15T01:30:00.000Z',
      OFFICE_HOURS('WEEKDAYS'),
      LA,
      '2025-11-17T16:00:00.000Z',
      'Fri 17:30 PST → Mon 08:00 PST',
    ],
    [
      '2025-11-10T22:30:00.000Z',
      OFFICE_HOURS('SCHOOL_DAYS'),
      NY,
      '2025-11-12T13:00:00.000Z',
      'Mon 17:30 → Wed: 11-11 closed',
    ],
    [
      '2025-11-10T22:30:00.000Z',
      OFFICE_HOURS('WEEKDAYS'),
      NY,
      '2025-11-11T13:00:00.000Z',
      'Mon 17:30 → Tue 11-11',
    ],
    [
      '2025-12-19T22:30:00.000Z',
      OFFICE_HOURS('SCHOOL_DAYS'),
      NY,
      '2026-01-05T13:00:00.000Z',
      'Fri before winter break → 01-05',
    ],
    [
      '2026-06-05T21:30:00.000Z',
      OFFICE_HOURS('SCHOOL_DAYS'),
      NY,
      '2026-06-08T12:00:00.000Z',
      'MISSING → Mon 08:00 EDT',
    ],
    [
      '2026-06-05T21:30:00.000Z',
      OFFICE_HOURS('SCHOOL_DAYS'),
      NY_TWO_YEARS,
      '2026-08-17T12:00:00.000Z',
      'summer → 2026-27 day 1',
    ],
    // Across spring forward: Sat 18:00 EST → Mon 08:00 EDT, or Sun 08:00 EDT every day.
    [
      '2025-03-08T23:00:00.000Z',
      OFFICE_HOURS('WEEKDAYS'),
      NY,
      '2025-03-10T12:00:00.000Z',
      'Sat 18:00 EST → Mon 08:00 EDT',
    ],
    [
      '2025-03-08T23:00:00.000Z',
      OFFICE_HOURS('EVERY_DAY'),
      NY,
      '2025-03-09T12:00:00.000Z',
      'Sat 18:00 EST → Sun 08:00 EDT',
    ],
    // A start inside the skipped hour opens at 03:00 EDT.
    [
      '2025-03-09T05:00:00.000Z',
      { start: '02:30', end: '04:00', days: 'EVERY_DAY' },
      NY,
      '2025-03-09T07:00:00.000Z',
      'Sun 00:00 EST → 03:00 EDT',
    ],
    // A window wholly inside the skipped hour is empty that day: next day 02:15 EDT.
    [
      '2025-03-09T05:00:00.000Z',
      { start: '02:15', end: '02:45', days: 'EVERY_DAY' },
      NY,
      '2025-03-10T06:15:00.000Z',
      'no 02:15 on 03-09',
    ],
    // The second 01:30 on fall-back day is still inside 01:00–02:00 (ends 02:00 EST).
    [
      '2025-11-02T06:30:00.000Z',
      { start: '01:00', end: '02:00', days: 'EVERY_DAY' },
      NY,
      '2025-11-02T06:30:00.000Z',
      '01:30 EST',
    ],
    [
      '2025-11-02T07:00:00.000Z',
      { start: '01:00', end: '02:00', days: 'EVERY_DAY' },
      NY,
      '2025-11-03T06:00:00.000Z',
      '02:00 EST → Mon 01:00 EST',
    ],
  ] as const)('%s → %s (%s)', (iso, window, place, expected) => {
    const next = nextSendingTime(new Date(iso), window, place);
    expect(next.toISOString()).toBe(expected);
    expect(inSendingWindow(next, window, place)).toBe(true);
  });

  /** A school year from 2025-01-06 (a Monday) closed on every weekday up to `lastClosed`. */
  function closedUntil(lastClosed: IsoDate): FollowUpPlace {
    const nonSchoolDays: { date: IsoDate; label: string }[] = [];
    for (let d = '2025-01-06'; d <= lastClosed; d = addDays(d, 1)) {
      if (dayOfWeek(d) !== 0 && dayOfWeek(d) !== 6)
        nonSchoolDays.push({ date: d, label: 'Closed' });
    }
    const calendar: SchoolCalendar = {
      years: [{ firstDay: '2025-01-06', lastDay: '2027-06-04', nonSchoolDays }],
    };
    return { ...NY, calendar };
  }

  // 2025-01-06 + 400 days: 359 days to 2025-12-31, 41 more to 2026-02-10, a Tuesday
  // (400 = 57 weeks + 1 day after a Monday).
  const EARLIEST = new Date('2025-01-06T15:00:00.000Z'); // Mon 10:00 EST

  it('finds a sending day 400 days ahead', () => {
    const next = nextSendingTime(EARLIEST, OFFICE_HOURS('SCHOOL_DAYS'), closedUntil('2026-02-09'));
    expect(next.toISOString()).toBe('2026-02-10T13:00:00.000Z'); // Tue 08:00 EST
  });

  it('gives up past 400 days and names the window', () => {
    const place = closedUntil('2026-02-10');
    // The next school day, Wed 2026-02-11, is 401 days ahead.
    expect(addSchoolDays('2025-01-06', 1, place)).toBe('2026-02-11');
    expect(() => nextSendingTime(EARLIEST, OFFICE_HOURS('SCHOOL_DAYS'), place)).toThrow(
      'No sending time in the window 08:00–17:00 (SCHOOL_DAYS, America/New_York) within 400 days after 2025-01-06T15:00:00.000Z',
    );
  });
});

describe('sendingWindowProblems', () => {
  const START = (got: string) => ({
    field: 'sendingWindowStart',
    message: `The sending window's start must be a time from 00:00 to 23:59 as HH:MM (got "${got}").`,
  });
  const END = (got: string) => ({
    field: 'sendingWindowEnd',
    message: `The sending window's end must be a time from 00:00 to 24:00 as HH:MM (got "${got}").`,
  });
  const ORDER = (start: string, end: string) => ({
    field: 'sendingWindowEnd',
    message: `The sending window's end (${end}) must be after its start (${start}); a window cannot run past midnight — use 24:00 for the end of the day.`,
  });

  it.each([
    ['08:00', '17:00', []],
    ['00:00', '24:00', []],
    ['23:59', '24:00', []],
    ['8:00', '17:00', [START('8:00')]],
    ['08:60', '17:00', [START('08:60')]],
    ['24:00', '24:00', [START('24:00')]],
    ['08:00', '24:01', [END('24:01')]],
    ['08:00', '25:00', [END('25:00')]],
    ['08:00', '17:00 ', [END('17:00 ')]],
    ['', '', [START(''), END('')]],
    ['17:00', '08:00', [ORDER('17:00', '08:00')]],
    ['08:00', '08:00', [ORDER('08:00', '08:00')]],
    ['08:00', '00:00', [ORDER('08:00', '00:00')]],
  ])('start %p end %p', (start, end, expected) => {
    expect(sendingWindowProblems(start, end)).toEqual(expected);
  });
});
