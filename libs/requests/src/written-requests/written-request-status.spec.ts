import { WrittenRequestStatus } from './written-request.enums';
import {
  WRITTEN_REQUEST_TRANSITIONS,
  acceptsResponse,
  canMoveRequest,
  isOverdue,
  requestTransitionProblem,
} from './written-request-status';

const { DRAFT, SENT, RESPONDED, PARTIALLY_RESPONDED, CLOSED, WITHDRAWN } = WrittenRequestStatus;

describe('written request status', () => {
  it('moves a draft to sent or withdrawn only', () => {
    expect(canMoveRequest(DRAFT, SENT)).toBe(true);
    expect(canMoveRequest(DRAFT, WITHDRAWN)).toBe(true);
    expect(canMoveRequest(DRAFT, CLOSED)).toBe(false);
    expect(canMoveRequest(DRAFT, RESPONDED)).toBe(false);
  });

  it('closes from sent and answered requests, withdraws from sent', () => {
    for (const from of [SENT, RESPONDED, PARTIALLY_RESPONDED]) {
      expect(canMoveRequest(from, CLOSED)).toBe(true);
    }
    expect(canMoveRequest(SENT, WITHDRAWN)).toBe(true);
    expect(canMoveRequest(RESPONDED, WITHDRAWN)).toBe(false);
    expect(canMoveRequest(PARTIALLY_RESPONDED, RESPONDED)).toBe(true);
  });

  it('ends at CLOSED and WITHDRAWN', () => {
    expect(WRITTEN_REQUEST_TRANSITIONS[CLOSED]).toEqual([]);
    expect(WRITTEN_REQUEST_TRANSITIONS[WITHDRAWN]).toEqual([]);
    expect(requestTransitionProblem(WITHDRAWN, SENT)).toBe(
      'a WITHDRAWN request cannot change any more',
    );
  });

  it('says what can be done instead', () => {
    expect(requestTransitionProblem(DRAFT, CLOSED)).toBe(
      'a DRAFT request can only be sent (SENT) or withdrawn (WITHDRAWN)',
    );
    expect(requestTransitionProblem(SENT, SENT)).toBe('the request is already SENT');
    expect(requestTransitionProblem(SENT, CLOSED)).toBeNull();
  });

  it('is overdue only when SENT past its instant', () => {
    const now = new Date('2025-10-22T12:00:00Z');
    const past = new Date('2025-10-22T06:59:59Z');
    const future = new Date('2025-10-23T06:59:59Z');
    expect(isOverdue(SENT, past, now)).toBe(true);
    expect(isOverdue(SENT, future, now)).toBe(false);
    expect(isOverdue(SENT, null, now)).toBe(false);
    expect(isOverdue(RESPONDED, past, now)).toBe(false);
    expect(isOverdue(DRAFT, past, now)).toBe(false);
  });

  it('accepts responses once sent and until ended', () => {
    expect(acceptsResponse(DRAFT)).toBe(false);
    expect(acceptsResponse(SENT)).toBe(true);
    expect(acceptsResponse(PARTIALLY_RESPONDED)).toBe(true);
    expect(acceptsResponse(CLOSED)).toBe(false);
    expect(acceptsResponse(WITHDRAWN)).toBe(false);
  });
});
