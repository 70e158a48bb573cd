import { addDays } from '../dates';
import type { IsoDate, SchoolCalendar, SchoolYear } from '../types';

/**
 * The fictional Maple Valley USD calendars for tests. 2025-26 is
 * test/fixtures/district-calendar-2025-26.ics written out as data (first day
 * 2025-08-18, last 2026-06-05, closures as in docs/scenarios.md; 184 school days). 2026-27 is
 * invented on the same pattern for carry-over tests.
 */

function range(from: IsoDate, to: IsoDate, label: string): { date: IsoDate; label: string }[] {
  const out: { date: IsoDate; label: string }[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push({ date: d, label });
  return out;
}

export const YEAR_2025_26: SchoolYear = {
  firstDay: '2025-08-18',
  lastDay: '2026-06-05',
  nonSchoolDays: [
    { date: '2025-09-01', label: 'Labor Day' },
    { date: '2025-10-13', label: "Indigenous Peoples' Day" },
    { date: '2025-11-11', label: 'Veterans Day' },
    ...range('2025-11-24', '2025-11-28', 'Thanksgiving break'),
    ...range('2025-12-22', '2026-01-02', 'Winter break'),
    { date: '2026-01-19', label: 'Martin Luther King Jr. Day' },
    { date: '2026-02-16', label: "Presidents' Day" },
    ...range('2026-03-30', '2026-04-03', 'Spring break'),
    { date: '2026-05-25', label: 'Memorial Day' },
  ],
};

export const YEAR_2026_27: SchoolYear = {
  firstDay: '2026-08-17',
  lastDay: '2027-06-04',
  nonSchoolDays: [
    { date: '2026-09-07', label: 'Labor Day' },
    { date: '2026-10-12', label: "Indigenous Peoples' Day" },
    { date: '2026-11-11', label: 'Veterans Day' },
    ...range('2026-11-23', '2026-11-27', 'Thanksgiving break'),
    ...range('2026-12-21', '2027-01-01', 'Winter break'),
    { date: '2027-01-18', label: 'Martin Luther King Jr. Day' },
    { date: '2027-02-15', label: "Presidents' Day" },
    ...range('2027-03-29', '2027-04-02', 'Spring break'),
    { date: '2027-05-31', label: 'Memorial Day' },
  ],
};

/** 2025-26 only: counts past 2026-06-05 are incomplete. */
export const CALENDAR_2025_26: SchoolCalendar = { years: [YEAR_2025_26] };

/** 2025-26 and 2026-27: summer 2026 is known. */
export const CALENDAR_TWO_YEARS: SchoolCalendar = { years: [YEAR_2025_26, YEAR_2026_27] };
