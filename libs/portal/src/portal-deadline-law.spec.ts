import { NO_STATUTE_RULE_ID, type DeadlineResult } from '@onrecord/deadlines';
import { deadlineIsTheLaws } from './portal-deadline-law';

const result = (basis: DeadlineResult['basis'], ruleId: string, citation: string | null) =>
  ({ basis, ruleId, citation }) as DeadlineResult;

describe('deadlineIsTheLaws', () => {
  it('is the law’s for a rule that cites one, unless the date was set by hand', () => {
    expect(deadlineIsTheLaws(result('RULE', 'CA-EVAL', '5 CCR 3021'), false)).toBe(true);
    expect(deadlineIsTheLaws(result('RULE', 'CA-EVAL', '5 CCR 3021'), true)).toBe(false);
    expect(
      deadlineIsTheLaws(result('ORGANIZATION_RULE', 'org-1', 'Ind. Admin. Code 511'), false),
    ).toBe(true);
  });

  it('is not the law’s for a default, the no-statute rule or an own rule citing nothing', () => {
    expect(deadlineIsTheLaws(result('ORGANIZATION_DEFAULT', 'x', 'Default'), false)).toBe(false);
    expect(deadlineIsTheLaws(result('RULE', NO_STATUTE_RULE_ID, 'No statute'), false)).toBe(false);
    expect(deadlineIsTheLaws(result('ORGANIZATION_RULE', 'org-2', null), false)).toBe(false);
    expect(deadlineIsTheLaws(result('ORGANIZATION_RULE', 'org-2', '  '), false)).toBe(false);
    expect(deadlineIsTheLaws(null, false)).toBe(false);
  });
});
