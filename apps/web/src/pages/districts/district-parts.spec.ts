import { describe, expect, it } from '@jest/globals';
import {
  calendarsOnFile,
  currentAndComingYears,
  schoolYearName,
  timeZoneLabel,
} from './district-parts';
import {
  closureOfEvent,
  closureRuns,
  icsProblem,
  ignoredReason,
  nextWeekday,
} from './import-parts';

const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key;

describe('district calendars', () => {
  it('names school years July to June', () => {
    expect(schoolYearName('2026-06-30')).toBe('2025-26');
    expect(schoolYearName('2026-07-01')).toBe('2026-27');
    expect(currentAndComingYears('2026-12-04')).toEqual(['2026-27', '2027-28']);
    expect(currentAndComingYears('2099-03-01')).toEqual(['2098-99', '2099-00']);
  });

  it('says which of the years have a calendar, by their first day', () => {
    expect(calendarsOnFile([{ firstDay: '2026-08-12' }], ['2026-27', '2027-28'])).toEqual([
      { year: '2026-27', onFile: true },
      { year: '2027-28', onFile: false },
    ]);
  });

  it('names a time zone by its city', () => {
    expect(timeZoneLabel('America/Los_Angeles')).toBe('Los Angeles (America)');
    expect(timeZoneLabel('America/Indiana/Indianapolis')).toBe('Indianapolis (America)');
    expect(timeZoneLabel('UTC')).toBe('UTC');
  });
});

describe('the import review', () => {
  it('shows a break as one run over the weekend, and a new label as a new run', () => {
    expect(nextWeekday('2026-12-25')).toBe('2026-12-28');
    expect(
      closureRuns([
        { date: '2026-12-28', label: 'Winter break' },
        { date: '2026-12-21', label: 'Winter break' },
        { date: '2026-12-22', label: 'Winter break' },
        { date: '2026-12-23', label: 'Winter break' },
        { date: '2026-12-24', label: 'Winter break' },
        { date: '2026-12-25', label: 'Winter break' },
        { date: '2026-12-29', label: 'Teacher workday' },
        { date: '2027-01-18', label: 'Winter break' },
      ]),
    ).toEqual([
      {
        from: '2026-12-21',
        to: '2026-12-28',
        label: 'Winter break',
        dates: ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-28'],
      },
      { from: '2026-12-29', to: '2026-12-29', label: 'Teacher workday', dates: ['2026-12-29'] },
      { from: '2027-01-18', to: '2027-01-18', label: 'Winter break', dates: ['2027-01-18'] },
    ]);
  });

  it('keeps apart the same label from another event, or added in the review', () => {
    expect(
      closureRuns([
        { date: '2027-01-04', label: 'Winter Break', event: 'Winter Break' },
        { date: '2027-01-05', label: 'Winter Break', event: null },
      ]).map((run) => [run.from, run.event]),
    ).toEqual([
      ['2027-01-04', 'Winter Break'],
      ['2027-01-05', null],
    ]);
  });

  it("says the api's words in the interface's language, or passes them on", () => {
    expect(icsProblem('is not an iCalendar (.ics) file: bad line', t)).toBe(
      'districts.import.fileErrors.notIcs',
    );
    expect(icsProblem('has no first instructional day (an all-day …)', t)).toBe(
      'districts.import.fileErrors.noFirst',
    );
    expect(icsProblem('runs from a to b, which overlaps school year 2025-26 (…)', t)).toBe(
      'districts.import.fileErrors.overlaps',
    );
    expect(icsProblem('is odd', t)).toBe('districts.import.fileErrors.other {"detail":"is odd"}');
    expect(ignoredReason('falls on a weekend, when there is no school anyway', t)).toBe(
      'districts.import.reasons.weekend',
    );
    expect(ignoredReason('was not understood: its name is not one we know', t)).toBe(
      'districts.import.reasons.notUnderstood',
    );
    expect(ignoredReason('is a school day (an early dismissal, a meeting or an event)', t)).toBe(
      'districts.import.reasons.schoolDay',
    );
    expect(ignoredReason('has a time of day: an event on a school day', t)).toBe(
      'districts.import.reasons.timedEvent',
    );
    expect(ignoredReason('has a time of day: a closure for part of a day', t)).toBe(
      'districts.import.reasons.timeOfDay',
    );
    expect(ignoredReason("is another first instructional day: the year's is 2026-08-13", t)).toBe(
      'districts.import.reasons.another {"which":"districts.import.reasons.first","day":"2026-08-13"}',
    );
    expect(ignoredReason('something new', t)).toBe('something new');
  });

  it('makes an event not understood days without school, inside the year', () => {
    const year = { firstDay: '2026-08-12', lastDay: '2027-05-27' };
    expect(
      closureOfEvent({ summary: ' Rodeo Day ', date: '2027-02-26', to: '2027-02-26' }, year, 'x'),
    ).toEqual({ from: '2027-02-26', to: '2027-02-26', label: 'Rodeo Day' });
    expect(
      closureOfEvent({ summary: '', date: '2027-05-24', to: '2027-06-04' }, year, 'No school'),
    ).toEqual({ from: '2027-05-24', to: '2027-05-27', label: 'No school' });
    expect(closureOfEvent({ summary: 'Undated', date: null }, year, 'x')).toBeNull();
  });
});
