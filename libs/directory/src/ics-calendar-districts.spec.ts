import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSchoolCalendar, type ImportedSchoolCalendar } from './ics-calendar';
import { reviewedCalendar } from './school-calendar-review';

// Calendars shaped like real district feeds (test/fixtures/README.md says what each holds).
const read = (name: string) =>
  readFileSync(join(__dirname, '../../../test/fixtures', name), 'utf8');
const LONE_STAR = read('lone-star-isd-2026-27.ics');
const VALLE_DEL_SOL = read('valle-del-sol-2026-27.ics');
const CHICAGO = { timeZone: 'America/Chicago' };

/** Closures as runs "from..to: label", written out by hand below. */
function runs(calendar: ImportedSchoolCalendar): string[] {
  const lines: Array<{ from: string; to: string; label: string }> = [];
  for (const day of calendar.nonSchoolDays) {
    const last = lines.at(-1);
    if (last && last.label === day.label) last.to = day.date;
    else lines.push({ from: day.date, to: day.date, label: day.label });
  }
  return lines.map((r) =>
    r.from === r.to ? `${r.from}: ${r.label}` : `${r.from}..${r.to}: ${r.label}`,
  );
}

const reasons = (calendar: ImportedSchoolCalendar) =>
  calendar.ignoredEvents.map((e) => `${e.date} ${e.summary}: ${e.reason.split(':')[0]}`);

describe('a Texas district calendar as published (Lone Star ISD, America/Chicago)', () => {
  const calendar = importSchoolCalendar(LONE_STAR, CHICAGO);

  it('finds the first and last day by their names', () => {
    expect(calendar.firstDay).toBe('2026-08-12');
    expect(calendar.lastDay).toBe('2027-05-27');
  });

  it('reads every day without school, breaks expanded and overlaps merged', () => {
    expect(runs(calendar)).toEqual([
      '2026-09-07: Labor Day - Student/Staff Holiday',
      // Repeats every 4 months: October and February (June is after the last day).
      '2026-10-12: Staff Development Day (No Students)',
      // Thanksgiving week: DTEND (Saturday) is exclusive.
      '2026-11-23..2026-11-27: Thanksgiving Break',
      // Christmas Day is inside the break: the break names it. Monday Jan 4 included.
      '2026-12-21..2027-01-04: Winter Break',
      '2027-01-05: Teacher Workday — No Students',
      // Timed in TZID=America/Chicago, midnight to midnight: one day.
      '2027-01-18: Martin Luther King Jr. Day - Student Holiday',
      '2027-02-12: Staff Development Day (No Students)',
      // In UTC, 06:00Z to 06:00Z: midnight to midnight in Chicago, so Monday only.
      "2027-02-15: Presidents' Day - Student Holiday",
      '2027-03-15..2027-03-19: Spring Break',
      '2027-03-26: Good Friday - Student Holiday',
    ]);
    expect(calendar.nonSchoolDays).toHaveLength(1 + 1 + 5 + 11 + 1 + 1 + 1 + 1 + 5 + 1);
    expect(calendar.nonSchoolDays.find((d) => d.date === '2026-12-25')).toEqual({
      date: '2026-12-25',
      label: 'Winter Break',
      event: 'Winter Break',
    });
  });

  it('counts 179 school days: 207 weekdays from Aug 12 to May 27, less 28', () => {
    expect(calendar.schoolDayCount).toBe(179);
  });

  it('lists what it did not take, each once, with why', () => {
    expect(reasons(calendar)).toEqual([
      // A weekly event and a monthly one: each said once, at its first occurrence.
      '2026-08-19 PLC Late Start (9:45 a.m.): is a school day (an early dismissal, a meeting or an event), not a day without school',
      '2026-09-14 Regular Board Meeting: is a school day (an early dismissal, a meeting or an event), not a day without school',
      '2026-09-23 Picture Day: is a school day (an early dismissal, a meeting or an event), not a day without school',
      '2026-10-15 Parent-Teacher Conferences: is a school day (an early dismissal, a meeting or an event), not a day without school',
      // 19:30 in Chicago on Tuesday the 9th is 01:30 UTC on the 10th.
      '2027-02-09 Board Workshop: has a time of day',
      '2027-02-26 Rodeo Day: was not understood',
      '2027-03-12 Early Release - Students dismissed at 12:30 p.m.: is a school day (an early dismissal, a meeting or an event), not a day without school',
      '2027-05-31 Memorial Day: falls outside the school year (2026-08-12 to 2027-05-27)',
      // The third staff development day of the repeating event.
      '2027-06-12 Staff Development Day (No Students): falls outside the school year (2026-08-12 to 2027-05-27)',
    ]);
    expect(calendar.ignoredEvents.find((e) => e.summary === 'Rodeo Day')).toEqual({
      summary: 'Rodeo Day',
      date: '2027-02-26',
      to: '2027-02-26',
      reason: expect.stringMatching(/^was not understood: its name is not one we know/),
    });
  });

  it("takes a timed event's date where the district is, whatever the server's zone", () => {
    const before = process.env.TZ;
    try {
      for (const zone of ['UTC', 'Asia/Tokyo', 'Pacific/Pago_Pago']) {
        process.env.TZ = zone;
        expect(importSchoolCalendar(LONE_STAR, CHICAGO)).toEqual(calendar);
      }
    } finally {
      process.env.TZ = before;
      if (before === undefined) delete process.env.TZ;
    }
    // In a district in UTC, the same instants fall a day later or on two days.
    const inUtc = importSchoolCalendar(LONE_STAR, { timeZone: 'UTC' });
    expect(
      inUtc.nonSchoolDays.filter((d) => d.label.startsWith('Presidents')).map((d) => d.date),
    ).toEqual(['2027-02-15', '2027-02-16']);
    expect(inUtc.ignoredEvents.find((e) => e.summary === 'Board Workshop')?.date).toBe(
      '2027-02-10',
    );
  });

  it('applies the reviewer’s corrections: a later first day, Rodeo Day closed, Good Friday open', () => {
    const corrected = importSchoolCalendar(LONE_STAR, { ...CHICAGO, firstDay: '2026-08-13' });
    expect(corrected.firstDay).toBe('2026-08-13');
    expect(corrected.ignoredEvents[0]).toMatchObject({
      summary: 'First Day of School',
      date: '2026-08-12',
      reason: "is another first instructional day: the year's is 2026-08-13",
    });
    const { calendar: reviewed, problems } = reviewedCalendar(corrected, {
      removeClosures: ['2027-03-26'],
      addClosures: [{ from: '2027-02-26', label: 'Rodeo Day' }],
    });
    expect(problems).toEqual([]);
    expect(reviewed.nonSchoolDays.find((d) => d.date === '2027-02-26')).toEqual({
      date: '2027-02-26',
      label: 'Rodeo Day',
      event: null,
    });
    expect(reviewed.nonSchoolDays.map((d) => d.date)).not.toContain('2027-03-26');
    // One weekday fewer in the year; one closure out, one in.
    expect(reviewed.schoolDayCount).toBe(178);
  });

  it('names the field of a correction that cannot apply', () => {
    expect(
      reviewedCalendar(calendar, {
        removeClosures: ['2026-09-08'],
        addClosures: [{ from: '2027-06-01', to: '2027-06-02', label: 'Summer' }],
      }).problems,
    ).toEqual([
      {
        field: 'removeClosures',
        message: '2026-09-08 is not a day without school in this calendar',
      },
      {
        field: 'addClosures',
        message:
          '2027-06-01 to 2027-06-02 falls outside the school year (2026-08-12 to 2027-05-27)',
      },
    ]);
    expect(() => importSchoolCalendar(LONE_STAR, { ...CHICAGO, lastDay: '2026-08-01' })).toThrow(
      expect.objectContaining({ field: 'lastDay' }),
    );
  });
});

describe('a Spanish-language district calendar (Valle del Sol ISD)', () => {
  const calendar = importSchoolCalendar(VALLE_DEL_SOL, CHICAGO);

  it('reads first day, last day and closures in Spanish', () => {
    expect(calendar.firstDay).toBe('2026-08-17');
    expect(calendar.lastDay).toBe('2027-06-03');
    expect(runs(calendar)).toEqual([
      '2026-09-07: Día del Trabajo — No hay clases',
      '2026-10-09: Día festivo para estudiantes / Desarrollo profesional',
      '2026-11-23..2026-11-27: Receso de Acción de Gracias',
      '2026-12-21..2027-01-05: VACACIONES DE INVIERNO',
      '2027-01-18: Día de Martin Luther King Jr.',
      '2027-03-15..2027-03-19: Vacaciones de primavera',
      '2027-03-26: Viernes Santo – Día festivo',
      '2027-05-31: Día de los Caídos',
    ]);
    expect(calendar.nonSchoolDays).toHaveLength(1 + 1 + 5 + 12 + 1 + 5 + 1 + 1);
    // 209 weekdays from Mon Aug 17 to Thu Jun 3, less 27.
    expect(calendar.schoolDayCount).toBe(182);
  });

  it('keeps early dismissals, photos and conferences as school days, and does not guess', () => {
    expect(reasons(calendar)).toEqual([
      '2026-09-16 Día de fotos: is a school day (an early dismissal, a meeting or an event), not a day without school',
      '2026-10-26 Semana del Listón Rojo: was not understood',
      '2027-02-11 Conferencias de padres y maestros: is a school day (an early dismissal, a meeting or an event), not a day without school',
      '2027-02-12 Salida temprana: is a school day (an early dismissal, a meeting or an event), not a day without school',
    ]);
    expect(calendar.ignoredEvents[1]?.to).toBe('2026-10-30');
  });
});
