import { CaseStatus } from './case-enums';
import { daysBetween, timeInStatus } from './time-in-status';

const { INTAKE, ACTIVE, ON_HOLD, CLOSED } = CaseStatus;

describe('time in status', () => {
  it('counts calendar days across months and a DST change', () => {
    expect(daysBetween('2025-10-06', '2025-10-06')).toBe(0);
    expect(daysBetween('2025-10-30', '2025-11-03')).toBe(4);
    expect(daysBetween('2025-11-03', '2025-10-30')).toBe(0);
  });

  it('runs each status until the next change and the current one until today', () => {
    expect(
      timeInStatus(
        [
          { status: INTAKE, on: '2025-10-06' },
          { status: ACTIVE, on: '2025-10-08' },
        ],
        '2025-10-20',
      ),
    ).toEqual([
      { status: INTAKE, days: 2 },
      { status: ACTIVE, days: 12 },
    ]);
  });

  it('adds up a status visited twice, in the order first reached', () => {
    expect(
      timeInStatus(
        [
          { status: ACTIVE, on: '2025-10-01' },
          { status: ON_HOLD, on: '2025-10-11' },
          { status: ACTIVE, on: '2025-10-16' },
          { status: CLOSED, on: '2025-10-20' },
        ],
        '2025-10-21',
      ),
    ).toEqual([
      { status: ACTIVE, days: 14 },
      { status: ON_HOLD, days: 5 },
      { status: CLOSED, days: 1 },
    ]);
  });

  it('has nothing to say about a case without history', () => {
    expect(timeInStatus([], '2025-10-21')).toEqual([]);
  });
});
