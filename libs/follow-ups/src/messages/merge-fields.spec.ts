import { createMergeEngine, LetterTemplateError, renderTemplate } from '@onrecord/requests';

describe('the generalized merge engine', () => {
  it('serves other fields, with their own placeholders and name', () => {
    const engine = createMergeEngine(
      [{ name: 'meeting.day', description: 'The day.', placeholder: '[meeting day]' }],
      'meeting template',
    );
    const missing = new Set<string>();
    expect(engine.render('On {{meeting.day}}{{#meeting.day}}!{{/meeting.day}}', {}, missing)).toBe(
      'On [meeting day]',
    );
    expect([...missing]).toEqual(['meeting.day']);
    expect(() => engine.render('{{student.name}}', {})).toThrow(
      'The meeting template uses unknown merge field {{student.name}} (mergeFields lists the fields).',
    );
  });

  it('leaves letters as they were: their fields only, their error', () => {
    const rendering = () => renderTemplate('{{followUp.number}}', {});
    expect(rendering).toThrow(LetterTemplateError);
    expect(rendering).toThrow(
      'The letter template uses unknown merge field {{followUp.number}} (mergeFields lists the fields).',
    );
  });
});
