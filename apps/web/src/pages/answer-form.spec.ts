import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { answerInput, answerProblems, answerValues, type AnswerValues } from './answer-form';

const refused = (fields: Array<{ field: string; message: string }>) =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }],
  });

const values = (change: Partial<AnswerValues>): AnswerValues => ({
  ...answerValues('2026-12-01'),
  ...change,
});

describe('the answer forms', () => {
  it('sends reasons only for a no, and an empty summary as none', () => {
    const yes = answerInput(values({ outcome: 'GRANTED', reasons: ['OTHER'], summary: '  ' }));
    expect(yes).toMatchObject({ outcome: 'GRANTED', reasons: undefined, summary: undefined });
    const no = answerInput(values({ outcome: 'DENIED', reasons: ['NOT_ELIGIBLE'] }));
    expect(no.reasons).toEqual(['NOT_ELIGIBLE']);
    expect(no.commitments).toBeUndefined();
  });

  it("sends the school's plan as the one commitment of a deferral", () => {
    const promise = {
      description: 'Collect data',
      dueOn: '2026-12-20',
      dataWhat: 'Attendance',
      dataHow: '',
      meanwhile: 'Nothing',
    };
    expect(answerInput(values({ outcome: 'DEFERRED_NEEDS_DATA', promise })).commitments).toEqual([
      { ...promise, dataHow: undefined },
    ]);
  });

  it("says the api's problems beside the fields shown, the rest for the whole form", () => {
    const shown = (path: string) => path === 'receivedOn' || path.startsWith('promise.');
    expect(
      answerProblems(
        refused([
          { field: 'receivedOn', message: 'too early' },
          { field: 'commitments.0.dueOn', message: 'before the answer' },
          { field: 'id', message: 'the reply is in triage' },
          { field: 'commitments', message: 'needs a plan' },
        ]),
        shown,
      ),
    ).toEqual({
      fields: { receivedOn: 'too early', 'promise.dueOn': 'before the answer' },
      whole: 'The reply is in triage. Needs a plan.',
    });
    expect(answerProblems(new Error('offline'), shown)).toEqual({ fields: {}, whole: null });
  });
});
