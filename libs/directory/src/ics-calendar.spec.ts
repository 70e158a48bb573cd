import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSchoolCalendar, SchoolCalendarFileError } from './ics-calendar';
import { countWeekdays } from './school-days';

// The fictional Maple Valley calendar (test/fixtures/README.md says what it holds).
const FIXTURE = join(__dirname, '../../../test/fixtures/district-calendar-2025-26.ics');
const fixture = () => readFileSync(FIXTURE, 'utf8');

const calendar = (...events: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...events, 'END:VCALENDAR'].join('\r\n');
const allDay = (category: string, start: string, end?: string, summary = category) =>
  [
    'BEGIN:VEVENT',
    `UID:${category}-${start}@test`,
    'DTSTAMP:20250701T000000Z',
    `DTSTART;VALUE=DATE:${start}`,
    ...(end ? [`DTEND;VALUE=DATE:${end}`] : []),
    `SUMMARY:${summary}`,
    `CATEGORIES:${category}`,
    'END:VEVENT',
  ].join('\r\n');

describe('importSchoolCalendar (iCalendar)', () => {
  it('reads the 2025-26 district calendar: 184 school days', () => {
    const imported = importSchoolCalendar(fixture());
    expect(imported.firstDay).toBe('2025-08-18');
    expect(imported.lastDay).toBe('2026-06-05');
    expect(imported.nonSchoolDays).toHaveLength(26);
    expect(countWeekdays(imported.firstDay, imported.lastDay) - imported.nonSchoolDays.length).toBe(
      184,
    );
    expect(imported.ignoredEvents).toEqual([]);
  });

  it('expands a multi-day closure to its weekdays, DTEND exclusive', () => {
    const { nonSchoolDays } = importSchoolCalendar(fixture());
    const winter = nonSchoolDays.filter((d) => d.label === 'Winter break').map((d) => d.date);
    expect(winter).toEqual([
      '2025-12-22',
      '2025-12-23',
      '2025-12-24',
      '2025-12-25',
      '2025-12-26',
      '2025-12-29',
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(nonSchoolDays.map((d) => d.date)).not.toContain('2026-01-03');
    expect(nonSchoolDays.filter((d) => d.label === 'Thanksgiving break')).toHaveLength(5);
    expect(nonSchoolDays[0]).toEqual({
      date: '2025-09-01',
      label: 'Labor Day',
      event: 'No school: Labor Day',
    });
  });

  it.each(['America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'])(
    'does not shift all-day dates when the server runs in %s',
    (zone) => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        const imported = importSchoolCalendar(fixture());
        expect(imported.firstDay).toBe('2025-08-18');
        expect(imported.lastDay).toBe('2026-06-05');
        expect(imported.nonSchoolDays[0].date).toBe('2025-09-01');
        expect(imported.nonSchoolDays.at(-1)?.date).toBe('2026-05-25');
      } finally {
        process.env.TZ = before;
        if (before === undefined) delete process.env.TZ;
      }
    },
  );

  it('reads a timed first day in its own time zone, as written', () => {
    const imported = importSchoolCalendar(
      calendar(
        [
          'BEGIN:VEVENT',
          'UID:first@test',
          'DTSTAMP:20250701T000000Z',
          'DTSTART;TZID=Pacific/Honolulu:20250818T080000',
          'DTEND;TZID=Pacific/Honolulu:20250818T150000',
          'SUMMARY:First day',
          'CATEGORIES:FIRST_INSTRUCTIONAL_DAY',
          'END:VEVENT',
        ].join('\r\n'),
        allDay('LAST_INSTRUCTIONAL_DAY', '20260605'),
      ),
    );
    expect(imported.firstDay).toBe('2025-08-18');
  });

  it('tells which events it ignored and why', () => {
    const imported = importSchoolCalendar(
      calendar(
        allDay('FIRST_INSTRUCTIONAL_DAY', '20250818'),
        allDay('LAST_INSTRUCTIONAL_DAY', '20260605'),
        allDay('NO_SCHOOL', '20250801', '20250802', 'No school: Summer'),
        allDay('NO_SCHOOL', '20251227', '20251229', 'No school: Weekend'),
        allDay('PARENT_NIGHT', '20250904', undefined, 'Back to school night'),
        [
          'BEGIN:VEVENT',
          'UID:early@test',
          'DTSTAMP:20250701T000000Z',
          'DTSTART:20251001T190000Z',
          'SUMMARY:Early dismissal',
          'CATEGORIES:NO_SCHOOL',
          'END:VEVENT',
        ].join('\r\n'),
        allDay('NO_SCHOOL', '20250905', undefined, 'Staff day'),
        allDay('NO_SCHOOL', '20260601', '20260610', 'No school: Last week'),
      ),
    );
    expect(imported.ignoredEvents).toEqual([
      {
        summary: 'No school: Summer',
        date: '2025-08-01',
        to: '2025-08-01',
        reason: 'falls outside the school year (2025-08-18 to 2026-06-05)',
      },
      {
        summary: 'Back to school night',
        date: '2025-09-04',
        to: '2025-09-04',
        reason: expect.stringContaining('is a school day'),
      },
      {
        summary: 'Early dismissal',
        date: '2025-10-01',
        to: '2025-10-01',
        reason: expect.stringContaining('has a time of day'),
      },
      {
        summary: 'No school: Weekend',
        date: '2025-12-27',
        to: '2025-12-28',
        reason: 'falls on a weekend, when there is no school anyway',
      },
    ]);
    // No DTEND: one day. A closure running past the last day is cut at it.
    expect(imported.nonSchoolDays).toEqual([
      { date: '2025-09-05', label: 'Staff day', event: 'Staff day' },
      { date: '2026-06-01', label: 'Last week', event: 'No school: Last week' },
      { date: '2026-06-02', label: 'Last week', event: 'No school: Last week' },
      { date: '2026-06-03', label: 'Last week', event: 'No school: Last week' },
      { date: '2026-06-04', label: 'Last week', event: 'No school: Last week' },
      { date: '2026-06-05', label: 'Last week', event: 'No school: Last week' },
    ]);
  });

  it('refuses text that is not iCalendar, saying so', () => {
    for (const text of ['hello world', '', 'BEGIN:VCALENDAR\r\nVERSION:2.0']) {
      expect(() => importSchoolCalendar(text)).toThrow(SchoolCalendarFileError);
      expect(() => importSchoolCalendar(text)).toThrow(/is not an iCalendar \(\.ics\) file/);
    }
  });

  it('names what is missing', () => {
    expect(() =>
      importSchoolCalendar(calendar(allDay('LAST_INSTRUCTIONAL_DAY', '20260605'))),
    ).toThrow(
      /^has no first instructional day \(an event such as "First Day of School", or with CATEGORIES:FIRST_INSTRUCTIONAL_DAY\)$/,
    );
    expect(() => importSchoolCalendar(calendar())).toThrow(
      /^has no first instructional day .* and no last instructional day/,
    );
  });

  it('refuses two first days (two school years in one file)', () => {
    expect(() =>
      importSchoolCalendar(
        calendar(
          allDay('FIRST_INSTRUCTIONAL_DAY', '20250818'),
          allDay('FIRST_INSTRUCTIONAL_DAY', '20260817'),
          allDay('LAST_INSTRUCTIONAL_DAY', '20260605'),
        ),
      ),
    ).toThrow(/2 events with CATEGORIES:FIRST_INSTRUCTIONAL_DAY \(2025-08-18, 2026-08-17\)/);
  });

  it('expands a repeating closure, less its EXDATE and the day another event moved', () => {
    const event = (...lines: string[]) =>
      ['BEGIN:VEVENT', 'DTSTAMP:20250701T000000Z', ...lines, 'END:VEVENT'].join('\r\n');
    const imported = importSchoolCalendar(
      calendar(
        allDay('FIRST_INSTRUCTIONAL_DAY', '20250818'),
        allDay('LAST_INSTRUCTIONAL_DAY', '20260605'),
        event(
          'UID:fridays@test',
          'DTSTART;VALUE=DATE:20250905',
          'DTEND;VALUE=DATE:20250906',
          'RRULE:FREQ=WEEKLY;COUNT=4',
          'EXDATE;VALUE=DATE:20250912',
          'SUMMARY:No School - Four-day week',
        ),
        // The third Friday moved to the Thursday before.
        event(
          'UID:fridays@test',
          'RECURRENCE-ID;VALUE=DATE:20250919',
          'DTSTART;VALUE=DATE:20250918',
          'DTEND;VALUE=DATE:20250919',
          'SUMMARY:No School - Four-day week',
        ),
      ),
    );
    expect(imported.nonSchoolDays.map((d) => d.date)).toEqual([
      '2025-09-05',
      '2025-09-18',
      '2025-09-26',
    ]);
    expect(imported.ignoredEvents).toEqual([]);
  });
});
