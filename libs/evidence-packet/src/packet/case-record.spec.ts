import { daysLate } from './case-record';
import { answerWords } from './packet-words';

describe('days late', () => {
  it('counts calendar days past the due day, of an answer or of the silence until today', () => {
    expect(daysLate('2025-10-21', '2025-10-20', '2025-12-01')).toBeNull();
    expect(daysLate('2025-10-21', '2025-10-21', '2025-12-01')).toBeNull();
    expect(daysLate('2025-10-21', '2025-10-24', '2025-12-01')).toBe(3);
    expect(daysLate('2025-10-21', null, '2025-11-01')).toBe(11);
    expect(daysLate('2025-10-21', null, '2025-10-10')).toBeNull();
    expect(daysLate(null, null, '2025-10-10')).toBeNull();
  });

  it('says so in the requests table', () => {
    const base = { dueOn: '2025-10-21', status: 'SENT', firstOutcome: null, firstResponseOn: null };
    expect(answerWords({ ...base, answered: false, daysLate: 11 })).toBe('No answer: 11 days late');
    expect(answerWords({ ...base, answered: false, daysLate: null })).toBe(
      'No answer yet (not yet due)',
    );
    expect(
      answerWords({
        ...base,
        answered: true,
        daysLate: 1,
        firstResponseOn: '2025-10-22',
        firstOutcome: 'DENIED',
      }),
    ).toBe('2025-10-22: denied (1 day late)');
    expect(answerWords({ ...base, status: 'WITHDRAWN', answered: false, daysLate: null })).toBe(
      'Withdrawn',
    );
  });
});
