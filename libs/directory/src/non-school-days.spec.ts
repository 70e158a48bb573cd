import { expandNonSchoolDays } from './non-school-days';

const year = { firstDay: '2025-08-18', lastDay: '2026-06-05' };

describe('expandNonSchoolDays', () => {
  it('expands a break to its weekdays and keeps single days', () => {
    const { days, problems } = expandNonSchoolDays(
      [
        { from: '2025-12-22', to: '2026-01-02', label: ' Winter break ' },
        { from: '2025-09-01', label: 'Labor Day' },
        { from: '2025-09-06', label: 'A Saturday' },
      ],
      year,
      'nonSchoolDays',
    );
    expect(problems).toEqual([]);
    expect(days).toHaveLength(11);
    expect(days[0]).toEqual({ date: '2025-09-01', label: 'Labor Day' });
    expect(days[1]).toEqual({ date: '2025-12-22', label: 'Winter break' });
    expect(days.map((d) => d.date)).not.toContain('2025-12-27');
  });

  it('lets the first of two overlapping ranges name the day', () => {
    const { days } = expandNonSchoolDays(
      [
        { from: '2025-11-27', label: 'Thanksgiving' },
        { from: '2025-11-24', to: '2025-11-28', label: 'Thanksgiving break' },
      ],
      year,
      'days',
    );
    expect(days).toHaveLength(5);
    expect(days.find((d) => d.date === '2025-11-27')?.label).toBe('Thanksgiving');
  });

  it('names the field of each problem', () => {
    const { problems } = expandNonSchoolDays(
      [
        { from: '2025-09-01', label: 'ok' },
        { from: '2025-08-01', label: 'summer' },
        { from: '2026-06-01', to: '2026-06-12', label: 'past the end' },
        { from: '2025-12-22', to: '2025-12-20', label: 'backwards' },
      ],
      year,
      'nonSchoolDays',
    );
    expect(problems).toEqual([
      {
        field: 'nonSchoolDays.1.from',
        message: 'must be inside the school year (2025-08-18 to 2026-06-05)',
      },
      {
        field: 'nonSchoolDays.2.to',
        message: 'must be inside the school year (2025-08-18 to 2026-06-05)',
      },
      { field: 'nonSchoolDays.3.to', message: 'must not be before from (2025-12-22)' },
    ]);
  });
});
