import { attendanceChartSvg, chartChunks, schoolYearOf } from './attendance-chart';

const week = (weekStart: string, rate: number | null = 0.8) => ({
  weekStart,
  rate,
  schoolDaysEntered: 5,
  missedDays: 0,
  partialDays: 1,
});

describe('the attendance chart', () => {
  it('draws a chart per school year', () => {
    expect(schoolYearOf('2025-08-18')).toBe(2025);
    expect(schoolYearOf('2026-06-01')).toBe(2025);
    const weeks = ['2025-05-26', '2025-06-02', '2025-08-25', '2025-09-01', '2026-01-05'].map((d) =>
      week(d),
    );
    expect(chartChunks(weeks).map((chunk) => chunk.map((w) => w.weekStart))).toEqual([
      ['2025-05-26', '2025-06-02'],
      ['2025-08-25', '2025-09-01', '2026-01-05'],
    ]);
  });

  it('draws a bar for each week entered, a gap for none, the 90% line and the months', () => {
    const svg = attendanceChartSvg([
      week('2025-08-25', 0.95),
      week('2025-09-01', null),
      week('2025-09-08', 0.4),
    ]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('fill="#1f4e79"');
    expect(svg).toContain('fill="#8b1a1a"');
    expect(svg).toContain('stroke-dasharray="4,3"');
    expect(svg).toContain('>Aug 2025<');
    expect(svg).toContain('>Sep<');
  });
});
