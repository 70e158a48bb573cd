import { ResponseOutcome } from './school-response.enums';
import { WrittenRequestStatus } from '../written-requests/written-request.enums';
import {
  deferredProblems,
  dueOnProblems,
  isOverdue,
  isPartial,
  reasonProblems,
  receivedOnProblems,
  unanswerable,
} from './school-response.rules';

describe('school response rules', () => {
  it('answers only sent requests', () => {
    expect(unanswerable(WrittenRequestStatus.SENT)).toBeNull();
    expect(unanswerable(WrittenRequestStatus.RESPONDED)).toBeNull();
    expect(unanswerable(WrittenRequestStatus.PARTIALLY_RESPONDED)).toBeNull();
    expect(unanswerable(WrittenRequestStatus.DRAFT)).toMatch(/never sent/);
    expect(unanswerable(WrittenRequestStatus.WITHDRAWN)).toMatch(/withdrawn/);
    expect(unanswerable(WrittenRequestStatus.CLOSED)).toMatch(/closed/);
  });

  it('takes reasons only for a no', () => {
    expect(reasonProblems(ResponseOutcome.DENIED, ['LACK_OF_DATA'])).toEqual([]);
    expect(reasonProblems(ResponseOutcome.GRANTED, [])).toEqual([]);
    expect(reasonProblems(ResponseOutcome.GRANTED, ['OTHER'])).toEqual([
      { field: 'reasons', message: expect.stringContaining('GRANTED') },
    ]);
    expect(reasonProblems(ResponseOutcome.MEETING_SCHEDULED, ['OTHER'])).toHaveLength(1);
  });

  it('keeps dates in order', () => {
    expect(receivedOnProblems('2025-09-01', '2025-09-01')).toEqual([]);
    expect(receivedOnProblems('2025-09-01', null)).toEqual([]);
    expect(receivedOnProblems('2025-08-31', '2025-09-01')).toEqual([
      {
        field: 'receivedOn',
        message: 'a response cannot come before the request (sent 2025-09-01)',
      },
    ]);
    expect(dueOnProblems('2025-09-10', '2025-09-10')).toEqual([]);
    expect(dueOnProblems('2025-09-09', '2025-09-10', 'commitments.1.dueOn')).toEqual([
      { field: 'commitments.1.dueOn', message: expect.stringContaining('2025-09-10') },
    ]);
  });

  it('asks the three questions of a "needs more data" answer', () => {
    const plan = { dataWhat: 'Attendance', dataHow: 'Daily log', meanwhile: 'Late start' };
    expect(deferredProblems(ResponseOutcome.DENIED, [])).toEqual([]);
    expect(deferredProblems(ResponseOutcome.DEFERRED_NEEDS_DATA, [plan])).toEqual([]);
    expect(deferredProblems(ResponseOutcome.DEFERRED_NEEDS_DATA, [])).toEqual([
      { field: 'commitments', message: expect.stringMatching(/what data.*how.*meanwhile/) },
    ]);
    expect(
      deferredProblems(ResponseOutcome.DEFERRED_NEEDS_DATA, [{ ...plan, meanwhile: '  ' }]),
    ).toHaveLength(1);
  });

  it('knows partial answers and overdue commitments', () => {
    expect(isPartial(ResponseOutcome.PARTIALLY_GRANTED)).toBe(true);
    expect(isPartial(ResponseOutcome.GRANTED, true)).toBe(true);
    expect(isPartial(ResponseOutcome.GRANTED, null)).toBe(false);
    expect(isOverdue('OPEN', '2025-09-01', '2025-09-02')).toBe(true);
    expect(isOverdue('OPEN', '2025-09-02', '2025-09-02')).toBe(false);
    expect(isOverdue('MET', '2025-09-01', '2025-09-02')).toBe(false);
  });
});
