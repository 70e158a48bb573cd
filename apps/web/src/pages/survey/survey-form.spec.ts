import { describe, expect, it } from '@jest/globals';
import { problemAt, toInput, toValues } from './survey-form';

describe('the parent survey form', () => {
  it('sends every statement in the order shown, trimmed, new ones without an id', () => {
    const values = toValues({
      saved: true,
      sendWhenCaseEnds: true,
      commentPromptEn: 'Anything else?',
      commentPromptEs: '¿Algo más?',
      questions: [
        { id: 'b', position: 2, textEn: 'Second', textEs: 'Segunda' },
        { id: 'a', position: 1, textEn: 'First', textEs: 'Primera' },
      ],
    });
    values.questions.push({ key: 'new', id: null, textEn: ' Third ', textEs: ' Tercera ' });
    expect(toInput(values).questions).toEqual([
      { id: 'a', textEn: 'First', textEs: 'Primera' },
      { id: 'b', textEn: 'Second', textEs: 'Segunda' },
      { id: null, textEn: 'Third', textEs: 'Tercera' },
    ]);
  });

  it("puts the api's refusals on their fields", () => {
    expect(problemAt('input.questions.2.textEs')).toEqual(['questions.2.textEs', 'text']);
    expect(problemAt('questions.0.textEn')).toEqual(['questions.0.textEn', 'text']);
    expect(problemAt('input.commentPromptEn')).toEqual(['commentPromptEn', 'commentPrompt']);
    expect(problemAt('questions.1.id')).toBeNull();
    expect(problemAt('input.questions')).toBeNull();
  });
});
