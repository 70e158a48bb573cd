import { CaseStatus } from './case-enums';
import { CASE_TRANSITIONS, canMove, endsCase, isReopening, transitionProblem } from './case-status';

const { INTAKE, ACTIVE, ON_HOLD, RESOLVED, CLOSED } = CaseStatus;
const ALL = Object.values(CaseStatus);

describe('case status transitions', () => {
  it.each([
    [INTAKE, [ACTIVE, ON_HOLD, CLOSED]],
    [ACTIVE, [ON_HOLD, RESOLVED, CLOSED]],
    [ON_HOLD, [ACTIVE, CLOSED]],
    [RESOLVED, [CLOSED, ACTIVE]],
    [CLOSED, [ACTIVE]],
  ])('lets %s move to exactly %p', (from, allowed) => {
    for (const to of ALL) expect(canMove(from, to)).toBe(allowed.includes(to));
  });

  it('never lets a case go back to INTAKE or stay where it is', () => {
    for (const from of ALL) {
      expect(canMove(from, INTAKE)).toBe(false);
      expect(canMove(from, from)).toBe(false);
    }
  });

  it('has a rule for every status', () => {
    expect(Object.keys(CASE_TRANSITIONS).sort()).toEqual([...ALL].sort());
  });

  it('agrees with transitionProblem on every pair', () => {
    for (const from of ALL) {
      for (const to of ALL) expect(transitionProblem(from, to) === null).toBe(canMove(from, to));
    }
  });

  it('says what can be done instead', () => {
    expect(transitionProblem(CLOSED, RESOLVED)).toBe('a CLOSED case can only be reopened (ACTIVE)');
    expect(transitionProblem(RESOLVED, ON_HOLD)).toBe(
      'a RESOLVED case can only be closed (CLOSED) or reopened (ACTIVE)',
    );
    expect(transitionProblem(ON_HOLD, RESOLVED)).toBe(
      'an ON_HOLD case can only be resumed (ACTIVE) or closed (CLOSED)',
    );
    expect(transitionProblem(INTAKE, RESOLVED)).toBe(
      'an INTAKE case can move to ACTIVE, ON_HOLD or CLOSED',
    );
    expect(transitionProblem(ACTIVE, INTAKE)).toBe(
      'an ACTIVE case can move to ON_HOLD, RESOLVED or CLOSED',
    );
    expect(transitionProblem(ACTIVE, ACTIVE)).toBe('the case is already ACTIVE');
  });

  it('knows which statuses end a case and which moves reopen it', () => {
    expect(ALL.filter(endsCase)).toEqual([RESOLVED, CLOSED]);
    expect(isReopening(CLOSED, ACTIVE)).toBe(true);
    expect(isReopening(RESOLVED, ACTIVE)).toBe(true);
    expect(isReopening(ON_HOLD, ACTIVE)).toBe(false);
    expect(isReopening(RESOLVED, CLOSED)).toBe(false);
  });
});
