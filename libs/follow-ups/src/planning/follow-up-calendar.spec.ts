import { addDays, dayOfWeek } from '@onrecord/deadlines';
import type { IsoDate, SchoolCalendar } from '@onrecord/deadlines';
// The fictional Maple Valley USD calendar shared with the deadline tests: test-only and kept
// out of the build, so it has its own entry point rather than the deadlines index.
import { CALENDAR_2025_26, CALENDAR_TWO_YEARS } from '@onrecord/deadlines/testing';
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
const LA: FollowUpPlace = {
  timeZone: 'America/Los_Angeles',
  jurisdiction: 'CA',
  calendar: CALENDAR_2025_26,
};

/** Places by name, so table rows stay short and test titles readable. */
const PLACES = {
  NY,
  LA,
  /** Both fixture years: summer 2026 is known. */
  NY_TWO_YEARS: { ...NY, calendar: CALENDAR_TWO_YEARS },
  LA_LOWER_CASE: { ...LA, jurisdiction: 'ca' },
  /** No state: federal holidays only. */
  FEDERAL: { ...NY, jurisdiction: null },
  /** No school calendar entered at all: every day is MISSING. */
  NO_CALENDAR: { ...NY, jurisdiction: null, calendar: { years: [] } },
} satisfies Record<string, FollowUpPlace>;
type PlaceName = keyof typeof PLACES;

/** 'WEEKDAYS 08:00-17:00' → a sending window. */
function sendingWindow(spec: string): SendingWindow {
  const [days, start, end] = spec.split(/[ -]/);
  return { days: days as SendingDays, start: start ?? '', end: end ?? '' };
}

describe('atLocalTime', () => {
  it.each<[IsoDate, string, string, string, string]>([
    // [date, time, zone, expected instant, why]
    ['2025-01-15', '08:00', 'America/New_York', '2025-01-15T13:00Z', 'EST: +5h'],
    ['2025-07-15', '08:00', 'America/New_York', '2025-07-15T12:00Z', 'EDT: +4h'],
    ['2025-01-15', '08:00', 'America/Los_Angeles', '2025-01-15T16:00Z', 'PST: +8h'],
    ['2025-07-15', '17:00', 'America/Los_Angeles', '2025-07-16T00:00Z', 'PDT: +7h, next UTC day'],
    ['2025-12-31', '24:00', 'America/New_York', '2026-01-01T05:00Z', 'next day 00:00 EST'],
    // Spring forward in New York: at 02:00 EST = 07:00Z the clock jumps to 03:00 EDT.
    ['2025-03-09', '00:00', 'America/New_York', '2025-03-09T05:00Z', 'midnight, still EST'],
    ['2025-03-09', '01:59', 'America/New_York', '2025-03-09T06:59Z', 'last EST minute'],
    ['2025-03-09', '02:00', 'America/New_York', '2025-03-09T07:00Z', 'skipped → 03:00 EDT'],
    ['2025-03-09', '02:30', 'America/New_York', '2025-03-09T07:00Z', 'skipped → 03:00 EDT'],
    ['2025-03-09', '03:00', 'America/New_York', '2025-03-09T07:00Z', 'first EDT minute'],
    ['2025-03-09', '08:00', 'America/New_York', '2025-03-09T12:00Z', 'EDT'],
    ['2025-03-09', '24:00', 'America/New_York', '2025-03-10T04:00Z', 'a 23-hour day'],
    // Fall back in New York: at 02:00 EDT = 06:00Z the clock goes back to 01:00 EST.
    ['2025-11-02', '00:30', 'America/New_York', '2025-11-02T04:30Z', 'EDT'],
    ['2025-11-02', '01:30', 'America/New_York', '2025-11-02T05:30Z', 'happens twice: EDT one'],
    ['2025-11-02', '02:00', 'America/New_York', '2025-11-02T07:00Z', 'EST'],
    ['2025-11-02', '08:00', 'America/New_York', '2025-11-02T13:00Z', 'EST'],
    ['2025-11-02', '24:00', 'America/New_York', '2025-11-03T05:00Z', 'a 25-hour day'],
    // Los Angeles: 02:00 PST = 10:00Z in March; 02:00 PDT = 09:00Z in November.
    ['2025-03-09', '02:30', 'America/Los_Angeles', '2025-03-09T10:00Z', 'skipped → 03:00 PDT'],
    ['2025-11-02', '01:30', 'America/Los_Angeles', '2025-11-02T08:30Z', 'happens twice: PDT one'],
    ['2025-11-02', '08:00', 'America/Los_Angeles', '2025-11-02T16:00Z', 'PST'],
  ])('%s %s in %s is %s (%s)', (date, time, zone, expected) => {
    expect(atLocalTime(date, time, zone).getTime()).toBe(Date.parse(expected));
  });

  it.each([['8:00'], ['24:01'], ['12:60'], ['noon'], ['']])('rejects the time %p', (time) => {
    expect(() => atLocalTime('2025-11-14', time, 'America/New_York')).toThrow(/HH:MM/);
  });

  it('rejects a date that does not exist', () => {
    expect(() => atLocalTime('2025-02-30', '08:00', 'America/New_York')).toThrow(/2025-02-30/);
  });
});

describe('isBusinessDay', () => {
  it.each<[IsoDate, PlaceName, boolean, string]>([
    // [date, place, expected, why]
    ['2025-11-12', 'FEDERAL', true, 'an ordinary Wednesday'],
    ['2025-11-11', 'FEDERAL', false, 'Veterans Day (federal)'],
    ['2025-11-27', 'FEDERAL', false, 'Thanksgiving (federal)'],
    ['2025-11-28', 'FEDERAL', true, 'the day after Thanksgiving is not federal'],
    ['2025-11-28', 'LA', false, 'the day after Thanksgiving is a California holiday'],
    ['2025-11-28', 'LA_LOWER_CASE', false, 'the state in lower case still counts'],
    ['2025-11-04', 'NY', false, 'Election Day is a New York holiday'],
    ['2025-11-04', 'FEDERAL', true, 'Election Day is not federal'],
    ['2025-11-15', 'FEDERAL', false, 'Saturday'],
    ['2025-11-16', 'FEDERAL', false, 'Sunday'],
    ['2026-07-03', 'FEDERAL', false, 'Independence Day observed on the Friday'],
    ['2025-12-29', 'NY', true, 'winter break at school, still a business day'],
  ])('%s in %s → %p (%s)', (date, place, expected) => {
    expect(isBusinessDay(date, PLACES[place])).toBe(expected);
  });
});

describe('isSchoolDay', () => {
  it.each<[IsoDate, PlaceName, boolean, string]>([
    // [date, place, expected, why]
    ['2025-11-12', 'NY', true, 'SCHOOL'],
    ['2025-11-11', 'NY', false, 'CLOSURE (Veterans Day)'],
    ['2025-11-15', 'NY', false, 'WEEKEND inside the school year'],
    ['2025-12-29', 'NY', false, 'CLOSURE (winter break)'],
    ['2026-06-05', 'NY', true, 'last day of 2025-26'],
    ['2026-06-08', 'NY', true, 'MISSING (2026-27 not entered) → a business day'],
    ['2026-06-06', 'NY', false, 'MISSING Saturday → not a business day'],
    ['2026-07-03', 'NY', false, 'MISSING, federal holiday observed → not a business day'],
    ['2025-08-15', 'NY', true, 'MISSING before the first listed year → a business day'],
    ['2026-06-08', 'NY_TWO_YEARS', false, 'SUMMER between two listed years'],
    ['2026-08-17', 'NY_TWO_YEARS', true, 'first day of 2026-27'],
    ['2025-11-11', 'NO_CALENDAR', false, 'no calendar: Veterans Day'],
    ['2025-11-12', 'NO_CALENDAR', true, 'no calendar: a business day'],
  ])('%s in %s → %p (%s)', (date, place, expected) => {
    expect(isSchoolDay(date, PLACES[place])).toBe(expected);
  });
});

describe('addSchoolDays', () => {
  it.each<[IsoDate, number, PlaceName, IsoDate, string]>([
    // [from, n, place, expected, how it was counted]
    ['2025-12-25', 0, 'NY', '2025-12-25', 'n = 0 returns the date, even a holiday'],
    ['2025-11-12', 1, 'NY', '2025-11-13', 'Wed → Thu'],
    ['2025-11-14', 1, 'NY', '2025-11-17', 'Fri → Mon over the weekend'],
    ['2025-11-10', 1, 'NY', '2025-11-12', 'skips the 11-11 closure'],
    ['2025-11-21', 1, 'NY', '2025-12-01', 'skips the Thanksgiving break 11-24..28'],
    ['2025-12-19', 1, 'NY', '2026-01-05', 'skips the winter break 12-22..01-02'],
    ['2025-12-17', 5, 'NY', '2026-01-07', '12-18, 12-19, then 01-05, 01-06, 01-07'],
    ['2026-06-04', 3, 'NY', '2026-06-09', '06-05 school, then MISSING: Mon 06-08, Tue 06-09'],
    ['2026-07-02', 1, 'NY', '2026-07-06', 'MISSING: Fri 07-03 is a federal holiday'],
    ['2026-06-04', 2, 'NY_TWO_YEARS', '2026-08-17', '06-05, then summer until 2026-27 starts'],
  ])('%s + %i in %s → %s (%s)', (from, n, place, expected) => {
    expect(addSchoolDays(from, n, PLACES[place])).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN]])('rejects n = %p', (n) => {
    expect(() => addSchoolDays('2025-11-12', n, NY)).toThrow(RangeError);
  });

  it('stops after ten years of days instead of walking on', () => {
    // 3000 business days take about 3000 × 7/5 ≈ 4200 calendar days: past the 3660 cap.
    expect(() => addSchoolDays('2025-11-12', 3000, PLACES.NO_CALENDAR)).toThrow(/3660/);
    // 2000 take about 2800 (7.7 years): inside the cap.
    expect(addSchoolDays('2025-11-12', 2000, PLACES.NO_CALENDAR) > '2033-01-01').toBe(true);
  });
});

describe('subtractBusinessDays', () => {
  it.each<[IsoDate, number, PlaceName, IsoDate, string]>([
    // [from, n, place, expected, how it was counted]
    ['2025-11-15', 0, 'FEDERAL', '2025-11-15', 'n = 0 returns the date'],
    ['2025-11-13', 1, 'FEDERAL', '2025-11-12', 'Thu → Wed'],
    ['2025-11-12', 1, 'FEDERAL', '2025-11-10', 'skips Veterans Day'],
    ['2025-11-17', 1, 'FEDERAL', '2025-11-14', 'Mon → Fri over the weekend'],
    ['2025-12-01', 2, 'FEDERAL', '2025-11-26', 'Fri 11-28 (1), skips Thanksgiving, Wed 11-26 (2)'],
    ['2025-12-01', 2, 'LA', '2025-11-25', 'CA also skips 11-28: Wed 11-26 (1), Tue 11-25 (2)'],
    ['2025-12-31', 1, 'NY', '2025-12-30', 'the school winter break does not matter'],
    ['2026-01-02', 1, 'FEDERAL', '2025-12-31', "skips New Year's Day into the year before"],
  ])('%s - %i in %s → %s (%s)', (from, n, place, expected) => {
    expect(subtractBusinessDays(from, n, PLACES[place])).toBe(expected);
  });

  it('rejects a negative n and stops after ten years of days', () => {
    expect(() => subtractBusinessDays('2025-11-12', -2, NY)).toThrow(RangeError);
    expect(() => subtractBusinessDays('2025-11-12', 3000, NY)).toThrow(/3660/);
  });
});

describe('isSendingDay', () => {
  it.each<[IsoDate, PlaceName, boolean, boolean, boolean, string]>([
    // [date, place, SCHOOL_DAYS, WEEKDAYS, EVERY_DAY, why]
    ['2025-11-12', 'NY', true, true, true, 'a school day'],
    ['2025-11-11', 'NY', false, true, true, 'a school closure on a weekday'],
    ['2025-12-29', 'NY', false, true, true, 'winter break'],
    ['2025-11-15', 'NY', false, false, true, 'Saturday'],
    ['2026-06-08', 'NY', true, true, true, 'MISSING → a business day'],
    ['2026-06-08', 'NY_TWO_YEARS', false, true, true, 'summer'],
  ])('%s in %s: school days %p, weekdays %p, every day %p (%s)', (date, name, ...expected) => {
    const place = PLACES[name];
    const days: SendingDays[] = ['SCHOOL_DAYS', 'WEEKDAYS', 'EVERY_DAY'];
    expect(days.map((d) => isSendingDay(date, d, place))).toEqual(expected.slice(0, 3));
  });
});

describe('inSendingWindow', () => {
  it.each<[string, PlaceName, string, boolean, string]>([
    // [instant, place, window, expected, local time]
    ['2025-11-14T13:00Z', 'NY', 'WEEKDAYS 08:00-17:00', true, 'Fri 08:00 EST: start is inside'],
    ['2025-11-14T12:59Z', 'NY', 'WEEKDAYS 08:00-17:00', false, 'Fri 07:59 EST'],
    ['2025-11-14T21:59Z', 'NY', 'WEEKDAYS 08:00-17:00', true, 'Fri 16:59 EST'],
    ['2025-11-14T22:00Z', 'NY', 'WEEKDAYS 08:00-17:00', false, 'Fri 17:00 EST: end is outside'],
    ['2025-11-15T17:00Z', 'NY', 'WEEKDAYS 08:00-17:00', false, 'Sat 12:00 EST'],
    ['2025-11-11T15:00Z', 'NY', 'WEEKDAYS 08:00-17:00', true, 'Tue 10:00 EST, school closed'],
    ['2025-11-11T15:00Z', 'NY', 'SCHOOL_DAYS 08:00-17:00', false, 'Tue 10:00 EST, school closed'],
    ['2025-11-14T16:00Z', 'LA', 'WEEKDAYS 08:00-17:00', true, 'Fri 08:00 PST'],
    ['2025-11-14T15:59Z', 'LA', 'WEEKDAYS 08:00-17:00', false, 'Fri 07:59 PST (10:59 in NY)'],
    // The local day decides, not the UTC day: Fri 20:00 EST is already Saturday in UTC ...
    ['2025-11-15T01:00Z', 'NY', 'WEEKDAYS 00:00-24:00', true, 'Fri 20:00 EST'],
    // ... and Sun 20:30 PST is already Monday in UTC.
    ['2025-11-17T04:30Z', 'LA', 'WEEKDAYS 00:00-24:00', false, 'Sun 20:30 PST'],
    // The repeated hour on 2025-11-02 is inside 01:00–02:00 both times.
    ['2025-11-02T05:30Z', 'NY', 'EVERY_DAY 01:00-02:00', true, '01:30 EDT'],
    ['2025-11-02T06:30Z', 'NY', 'EVERY_DAY 01:00-02:00', true, '01:30 EST, the second time'],
    ['2025-11-02T07:00Z', 'NY', 'EVERY_DAY 01:00-02:00', false, '02:00 EST'],
  ])('%s in %s, %s → %p (%s)', (iso, place, spec, expected) => {
    expect(inSendingWindow(new Date(iso), sendingWindow(spec), PLACES[place])).toBe(expected);
  });

  it.each<[string, string]>([
    ['America/New_York', '2025-03-08T00:00Z'],
    ['America/New_York', '2025-11-01T00:00Z'],
    ['America/Los_Angeles', '2025-03-08T00:00Z'],
    ['America/Los_Angeles', '2025-11-01T00:00Z'],
  ])('EVERY_DAY 00:00–24:00 holds every quarter hour of 4 days in %s from %s', (zone, from) => {
    // Both DST changes fall inside these four days; a 23- or 25-hour day must not leave a hole.
    const allDay = sendingWindow('EVERY_DAY 00:00-24:00');
    const place: FollowUpPlace = { ...NY, timeZone: zone };
    const outside: string[] = [];
    for (let q = 0; q < 4 * 24 * 4; q++) {
      const at = new Date(Date.parse(from) + q * 15 * 60_000);
      if (!inSendingWindow(at, allDay, place)) outside.push(at.toISOString());
      if (nextSendingTime(at, allDay, place).getTime() !== at.getTime()) {
        outside.push(`next ${at.toISOString()}`);
      }
    }
    expect(outside).toEqual([]);
  });
});

describe('nextSendingTime', () => {
  it.each<[string, PlaceName, string, string, string]>([
    // [earliest, place, window, expected, local times]
    [
      '2025-11-14T22:30Z',
      'NY',
      'WEEKDAYS 08:00-17:00',
      '2025-11-17T13:00Z',
      'Fri 17:30 → Mon 08:00',
    ],
    ['2025-11-14T15:00Z', 'NY', 'WEEKDAYS 08:00-17:00', '2025-11-14T15:00Z', 'Fri 10:00 is inside'],
    ['2025-11-14T11:00Z', 'NY', 'WEEKDAYS 08:00-17:00', '2025-11-14T13:00Z', 'Fri 06:00 → 08:00'],
    [
      '2025-11-15T01:30Z',
      'LA',
      'WEEKDAYS 08:00-17:00',
      '2025-11-17T16:00Z',
      'Fri 17:30 → Mon 08:00',
    ],
    // Mon 2025-11-10 17:30 EST: the 11-11 closure counts for school days only.
    ['2025-11-10T22:30Z', 'NY', 'SCHOOL_DAYS 08:00-17:00', '2025-11-12T13:00Z', '→ Wed 08:00'],
    ['2025-11-10T22:30Z', 'NY', 'WEEKDAYS 08:00-17:00', '2025-11-11T13:00Z', '→ Tue 08:00'],
    [
      '2025-12-19T22:30Z',
      'NY',
      'SCHOOL_DAYS 08:00-17:00',
      '2026-01-05T13:00Z',
      'over winter break',
    ],
    // Fri 2026-06-05 17:30 EDT, the last school day of the only listed year.
    ['2026-06-05T21:30Z', 'NY', 'SCHOOL_DAYS 08:00-17:00', '2026-06-08T12:00Z', 'MISSING: Mon'],
    ['2026-06-05T21:30Z', 'NY_TWO_YEARS', 'SCHOOL_DAYS 08:00-17:00', '2026-08-17T12:00Z', 'summer'],
    // Sat 2025-03-08 18:00 EST, across the spring-forward night.
    ['2025-03-08T23:00Z', 'NY', 'WEEKDAYS 08:00-17:00', '2025-03-10T12:00Z', 'Mon 08:00 EDT'],
    ['2025-03-08T23:00Z', 'NY', 'EVERY_DAY 08:00-17:00', '2025-03-09T12:00Z', 'Sun 08:00 EDT'],
    // Sun 2025-03-09 00:00 EST: a start in the skipped hour opens at 03:00 EDT ...
    ['2025-03-09T05:00Z', 'NY', 'EVERY_DAY 02:30-04:00', '2025-03-09T07:00Z', '03:00 EDT'],
    // ... and a window wholly inside it is empty that day: Monday 02:15 EDT.
    ['2025-03-09T05:00Z', 'NY', 'EVERY_DAY 02:15-02:45', '2025-03-10T06:15Z', 'next day'],
    // 2025-11-02: the second 01:30 (EST) is still before the 02:00 EST end.
    ['2025-11-02T06:30Z', 'NY', 'EVERY_DAY 01:00-02:00', '2025-11-02T06:30Z', '01:30 EST'],
    ['2025-11-02T07:00Z', 'NY', 'EVERY_DAY 01:00-02:00', '2025-11-03T06:00Z', '→ Mon 01:00 EST'],
  ])('%s in %s, %s → %s (%s)', (iso, place, spec, expected) => {
    const next = nextSendingTime(new Date(iso), sendingWindow(spec), PLACES[place]);
    expect(next.getTime()).toBe(Date.parse(expected));
    expect(inSendingWindow(next, sendingWindow(spec), PLACES[place])).toBe(true);
  });

  /** A school year from Mon 2025-01-06 with every weekday closed up to `lastClosed`. */
  function closedUntil(lastClosed: IsoDate): FollowUpPlace {
    const nonSchoolDays: { date: IsoDate; label: string }[] = [];
    for (let d = '2025-01-06'; d <= lastClosed; d = addDays(d, 1)) {
      const dow = dayOfWeek(d);
      if (dow !== 0 && dow !== 6) nonSchoolDays.push({ date: d, label: 'Closed' });
    }
    const calendar: SchoolCalendar = {
      years: [{ firstDay: '2025-01-06', lastDay: '2027-06-04', nonSchoolDays }],
    };
    return { ...NY, calendar };
  }

  // Mon 2025-01-06 10:00 EST. 400 days later: 359 days to 2025-12-31, 41 more to 2026-02-10,
  // a Tuesday (400 days = 57 weeks + 1 day after a Monday).
  const EARLIEST = new Date('2025-01-06T15:00Z');

  it('still finds a sending day 400 days ahead', () => {
    const place = closedUntil('2026-02-09');
    const next = nextSendingTime(EARLIEST, sendingWindow('SCHOOL_DAYS 08:00-17:00'), place);
    expect(next.getTime()).toBe(Date.parse('2026-02-10T13:00Z')); // Tue 08:00 EST
  });

  it('gives up past 400 days and names the window', () => {
    const place = closedUntil('2026-02-10');
    // The first school day is Wed 2026-02-11, 401 days ahead.
    expect(addSchoolDays('2025-01-06', 1, place)).toBe('2026-02-11');
    expect(() =>
      nextSendingTime(EARLIEST, sendingWindow('SCHOOL_DAYS 08:00-17:00'), place),
    ).toThrow(
      'No sending time in the window 08:00–17:00 (SCHOOL_DAYS, America/New_York) ' +
        'within 400 days after 2025-01-06T15:00:00.000Z',
    );
  });
});

describe('sendingWindowProblems', () => {
  const badStart = (got: string) => ({
    field: 'sendingWindowStart',
    message: `The sending window's start must be a time from 00:00 to 23:59 as HH:MM (got "${got}").`,
  });
  const badEnd = (got: string) => ({
    field: 'sendingWindowEnd',
    message: `The sending window's end must be a time from 00:00 to 24:00 as HH:MM (got "${got}").`,
  });
  const endNotAfterStart = (start: string, end: string) => ({
    field: 'sendingWindowEnd',
    message:
      `The sending window's end (${end}) must be after its start (${start}); ` +
      'a window cannot run past midnight — use 24:00 for the end of the day.',
  });

  it.each<[string, string, { field: string; message: string }[]]>([
    ['08:00', '17:00', []],
    ['00:00', '24:00', []],
    ['23:59', '24:00', []],
    ['8:00', '17:00', [badStart('8:00')]],
    ['08:60', '17:00', [badStart('08:60')]],
    ['24:00', '24:00', [badStart('24:00')]],
    ['08:00', '24:01', [badEnd('24:01')]],
    ['08:00', '25:00', [badEnd('25:00')]],
    ['08:00', '17:00 ', [badEnd('17:00 ')]],
    ['', '', [badStart(''), badEnd('')]],
    ['17:00', '08:00', [endNotAfterStart('17:00', '08:00')]],
    ['08:00', '08:00', [endNotAfterStart('08:00', '08:00')]],
    ['08:00', '00:00', [endNotAfterStart('08:00', '00:00')]],
  ])('start %p, end %p', (start, end, expected) => {
    expect(sendingWindowProblems(start, end)).toEqual(expected);
  });
});
