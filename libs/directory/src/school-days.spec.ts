import { addDays, countWeekdays, isWeekend, schoolYearLabel, weekdaysBetween } from './school-days';

describe('school days', () => {
  it('adds days across months, years and the US daylight-saving change', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2025-11-02', -1)).toBe('2025-11-01');
  });

  it('knows weekends', () => {
    expect(isWeekend('2025-12-27')).toBe(true); // Saturday
    expect(isWeekend('2025-12-28')).toBe(true); // Sunday
    expect(isWeekend('2025-12-29')).toBe(false); // Monday
  });

  it('lists the weekdays of a winter break (Dec 22 – Jan 2: 10 school days)', () => {
    const days = weekdaysBetween('2025-12-22', '2026-01-02');
    expect(days).toHaveLength(10);
    expect(days).not.toContain('2025-12-27');
    expect(days[0]).toBe('2025-12-22');
    expect(days.at(-1)).toBe('2026-01-02');
  });

  it('counts weekdays the same way it lists them', () => {
    for (const [from, to] of [
      ['2025-08-18', '2026-06-05'],
      ['2025-12-27', '2025-12-28'],
      ['2025-12-26', '2025-12-29'],
      ['2025-09-01', '2025-09-01'],
    ]) {
      expect(countWeekdays(from, to)).toBe(weekdaysBetween(from, to).length);
    }
    expect(countWeekdays('2025-08-18', '2026-06-05')).toBe(210);
    expect(countWeekdays('2026-01-02', '2025-12-22')).toBe(0);
  });

  it('labels a school year from its first day', () => {
    expect(schoolYearLabel('2025-08-18')).toBe('2025-26');
    expect(schoolYearLabel('2099-08-18')).toBe('2099-00');
  });
});
