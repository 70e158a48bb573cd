import { describe, expect, it } from '@jest/globals';
import { addDays, isDay, mondayOf, schoolWeek, weekProblems } from './week';

describe('the attendance week grid', () => {
  it('finds the Monday of any day of the week, a Sunday belonging to the week before', () => {
    expect(mondayOf('2026-12-04')).toBe('2026-11-30'); // a Friday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30'); // the Monday itself
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // the Sunday after
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across a year
  });

  it('lists Monday to Friday, across a month end', () => {
    expect(schoolWeek('2026-11-30')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
  });

  it('reads only real days', () => {
    expect(isDay('2026-12-04')).toBe(true);
    expect(isDay('2026-13-04')).toBe(false);
    expect(isDay('soon')).toBe(false);
    expect(isDay(null)).toBe(false);
  });

  it('puts each of the api’s problems beside the day and field it names', () => {
    const sent = ['2026-11-30', '2026-12-02'];
    expect(
      weekProblems(
        {
          'days.1.arrivalTime': 'must be a time written HH:MM (24-hour), e.g. 09:40',
          'days.0.triggers.0': 'first',
          'days.0.triggers.2': 'second',
          weekOf: 'must be a Monday',
          'days.7.date': 'not sent by this form',
        },
        sent,
      ),
    ).toEqual({
      byDay: {
        '2026-12-02': { arrivalTime: 'must be a time written HH:MM (24-hour), e.g. 09:40' },
        '2026-11-30': { triggers: 'first; second' },
      },
      other: ['must be a Monday', 'not sent by this form'],
    });
  });
});
