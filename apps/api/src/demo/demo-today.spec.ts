import { importSchoolCalendar } from '@onrecord/directory';
import { DEMO_CALENDAR_ICS } from './demo-calendar';
import { DEMO_SCENARIOS } from './demo-scenarios';
import {
  attendanceCalendar,
  demoOffsetDays,
  demoSchoolYears,
  movedBy,
  shiftDay,
} from './demo-today';

/*
 * The demo moved to the day it is seeded (issue 20, "A demo that lives in today"), for a
 * fixed day computed by hand and for the real today.
 *
 * Fixed today: Thu 2026-12-03. The latest thing the scenarios record as done is the MA
 * school's answer of Fri 2026-01-16; 2026-01-16 → 2026-12-03 is 321 days, 45 whole weeks
 * (315 days): it lands on Fri 2026-11-27, and the CA request of Mon 2025-10-06 on Mon
 * 2026-08-17. The fictional year 2025-26 (Mon 2025-08-18 → Fri 2026-06-05) moved by 52
 * weeks is 2026-27 (Mon 2026-08-17 → Fri 2027-06-04). Checked with `date -d … +%A`.
 */
const BASE = importSchoolCalendar(DEMO_CALENDAR_ICS);
const realToday = new Date().toISOString().slice(0, 10);

const doneDates = (today: string) => {
  const moved = movedBy(DEMO_SCENARIOS, demoOffsetDays(DEMO_SCENARIOS, today));
  return moved.flatMap((s) => [
    s.case.openedOn,
    ...s.requests.flatMap((r) => [r.sentOn, r.receivedOn, r.response?.receivedOn ?? r.sentOn]),
  ]);
};

describe('the demo on a fixed day (2026-12-03)', () => {
  const today = '2026-12-03';

  it('moves the scenarios by whole weeks to end in the last week', () => {
    expect(demoOffsetDays(DEMO_SCENARIOS, today)).toBe(315);
    const moved = movedBy(DEMO_SCENARIOS, 315);
    const ca = moved.find((s) => s.district.state === 'CA')!;
    expect(ca.requests[0]!.sentOn).toBe('2026-08-17');
    expect(doneDates(today).sort().at(-1)).toBe('2026-11-27');
    // Birthdays stay.
    expect(ca.student.dateOfBirth).toBe(
      DEMO_SCENARIOS.find((s) => s.district.state === 'CA')!.student.dateOfBirth,
    );
  });

  it('gives the school year in session, the one before and the next', () => {
    const years = demoSchoolYears(BASE, today);
    expect(years.map((y) => [y.label, y.firstDay, y.lastDay])).toEqual([
      ['2025-26', '2025-08-18', '2026-06-05'],
      ['2026-27', '2026-08-17', '2027-06-04'],
      ['2027-28', '2027-08-16', '2028-06-02'],
    ]);
    // Winter break 2025: Dec 22 – Jan 2; a year on, 52 weeks later: Dec 21 – Jan 1.
    expect(years[1]!.nonSchoolDays.map((d) => d.date)).toContain('2026-12-21');
    const attendance = attendanceCalendar(years, today);
    expect(attendance.lastDay).toBe(today);
    expect(attendance.nonSchoolDays.has('2026-07-15')).toBe(true); // summer
  });
});

describe('the demo on the real today', () => {
  it('has every request done in the past, the latest within a week, the oldest within a year', () => {
    const dates = doneDates(realToday).sort();
    expect(dates.at(-1)! <= realToday).toBe(true);
    expect(dates.at(-1)! > shiftDay(realToday, -7)).toBe(true);
    expect(dates[0]! > shiftDay(realToday, -366)).toBe(true);
  });

  it('has a calendar for today and for the next school year', () => {
    const years = demoSchoolYears(BASE, realToday);
    const current = years.find((y) => y.lastDay >= realToday)!;
    expect(years.indexOf(current)).toBeLessThan(years.length - 1);
    expect(years[0]!.firstDay <= doneDates(realToday).sort()[0]!).toBe(true);
  });
});
