import { describe, expect, it } from '@jest/globals';
import {
  isDay,
  lastProgramYear,
  lastSchoolYear,
  programYearSoFar,
  schoolYearSoFar,
  yearBefore,
  yearEarlier,
} from './range';

describe("the outcome report's ranges", () => {
  it('runs the school year from 1 July, so December and March fall in the same one', () => {
    expect(schoolYearSoFar('2026-12-04')).toEqual({ from: '2026-07-01', to: '2026-12-04' });
    expect(schoolYearSoFar('2027-03-15')).toEqual({ from: '2026-07-01', to: '2027-03-15' });
    expect(schoolYearSoFar('2026-07-01')).toEqual({ from: '2026-07-01', to: '2026-07-01' });
    expect(schoolYearSoFar('2026-06-30')).toEqual({ from: '2025-07-01', to: '2026-06-30' });
  });

  it('gives the whole school year before', () => {
    expect(lastSchoolYear('2026-12-04')).toEqual({ from: '2025-07-01', to: '2026-06-30' });
    expect(lastSchoolYear('2026-01-10')).toEqual({ from: '2024-07-01', to: '2025-06-30' });
  });

  it('compares with the same days a year earlier, 29 February becoming the 28th', () => {
    expect(yearBefore({ from: '2026-07-01', to: '2026-12-04' })).toEqual({
      from: '2025-07-01',
      to: '2025-12-04',
    });
    expect(yearEarlier('2028-02-29')).toBe('2027-02-28');
  });

  it('accepts only real days', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-2-3')).toBe(false);
    expect(isDay(null)).toBe(false);
  });

  it('gives the last complete federal program year (1 October to 30 September)', () => {
    expect(lastProgramYear('2026-12-04')).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(lastProgramYear('2026-09-30')).toEqual({ from: '2024-10-01', to: '2025-09-30' });
    expect(lastProgramYear('2026-10-01')).toEqual({ from: '2025-10-01', to: '2026-09-30' });
    expect(programYearSoFar('2026-12-04')).toEqual({ from: '2026-10-01', to: '2026-12-04' });
    expect(programYearSoFar('2026-03-15')).toEqual({ from: '2025-10-01', to: '2026-03-15' });
  });
});
