import { mergeFacts, NO_FACTS } from './caseload-facts';

describe('mergeFacts', () => {
  const early = new Date('2025-10-01T05:00:00Z');
  const late = new Date('2025-10-09T05:00:00Z');

  it('keeps the earliest next deadline, whichever source comes last', () => {
    const requests = {
      nextDeadline: early,
      openRequestCount: 2,
      overdueCount: 1,
      provisionalDeadlineCount: 1,
    };
    expect(mergeFacts(requests, { nextDeadline: late, overdueCount: 3 })).toEqual({
      nextDeadline: early,
      openRequestCount: 2,
      overdueCount: 4,
      provisionalDeadlineCount: 1,
    });
    expect(mergeFacts({ ...requests, nextDeadline: late }, { nextDeadline: early })).toEqual({
      nextDeadline: early,
      openRequestCount: 2,
      overdueCount: 1,
      provisionalDeadlineCount: 1,
    });
  });

  it('takes whichever deadline exists', () => {
    expect(mergeFacts(NO_FACTS, { nextDeadline: late }).nextDeadline).toBe(late);
    expect(
      mergeFacts({ ...NO_FACTS, nextDeadline: early }, { nextDeadline: null }).nextDeadline,
    ).toBe(early);
    expect(mergeFacts(NO_FACTS, {})).toEqual(NO_FACTS);
  });
});
