import { WrittenRequestType } from '../written-requests/written-request.enums';
import { DEFAULT_LETTERS } from './letter-defaults';
import {
  LetterTemplateError,
  MERGE_FIELDS,
  renderTemplate,
  templateProblems,
  type MergeValues,
} from './letter-merge';

describe('letter merge fields', () => {
  it('fills known fields and shows a placeholder for a missing value', () => {
    const missing = new Set<string>();
    const text = renderTemplate(
      'Dear {{ recipients }}: {{student.name}} is in grade {{student.grade}}.',
      { recipients: 'Ms. Lee', 'student.name': 'Maya', 'student.grade': '  ' },
      missing,
    );
    expect(text).toBe("Dear Ms. Lee: Maya is in grade [student's grade].");
    expect([...missing]).toEqual(['student.grade']);
  });

  it('lists every unknown field in one problem, and refuses to render', () => {
    const problems = templateProblems('{{student.nmae}} {{#foo}}x{{/foo}} {{student.name}}');
    expect(problems).toEqual([
      'uses unknown merge fields {{student.nmae}}, {{foo}} (mergeFields lists the fields)',
    ]);
    expect(() => renderTemplate('{{nope}}', {})).toThrow(LetterTemplateError);
  });

  it('refuses a template with problems at every render, and renders a sound one alike each time', () => {
    for (let i = 0; i < 3; i++) {
      expect(() => renderTemplate('{{#today}}unclosed', {})).toThrow(LetterTemplateError);
      expect(renderTemplate('To {{recipients}}', { recipients: `R${i}` })).toBe(`To R${i}`);
    }
  });

  it('refuses sections not opened and closed with the same field', () => {
    expect(templateProblems('{{#today}}a')).toEqual([
      'has a section not opened and closed with the same field: {{#today}}',
    ]);
    expect(templateProblems('{{#today}}a{{/recipients}}')).toHaveLength(1);
    expect(templateProblems('a{{/today}}')).toHaveLength(1);
  });

  it('shows a section only when its field has a value, and the inverse one only when not', () => {
    const template =
      '{{#deadline.dueOn}}Due {{deadline.dueOn}}{{#deadline.citation}} ({{deadline.citation}}){{/deadline.citation}}.{{/deadline.dueOn}}{{^deadline.dueOn}}No fixed period.{{/deadline.dueOn}}';
    expect(
      renderTemplate(template, { 'deadline.dueOn': 'Tuesday', 'deadline.citation': 'X' }),
    ).toBe('Due Tuesday (X).');
    expect(renderTemplate(template, { 'deadline.dueOn': 'Tuesday' })).toBe('Due Tuesday.');
    expect(renderTemplate(template, { 'deadline.dueOn': null })).toBe('No fixed period.');
  });

  it('never evaluates anything: values are inserted as text, $ patterns included', () => {
    const values: MergeValues = { 'request.reason': '$& {{today}} ${process.exit()} `x`' };
    expect(renderTemplate('Why: {{request.reason}}', values)).toBe(
      'Why: $& {{today}} ${process.exit()} `x`',
    );
  });

  describe('the built-in letters', () => {
    const full: MergeValues = Object.fromEntries(MERGE_FIELDS.map((f) => [f.name, `<${f.name}>`]));

    it.each(Object.values(WrittenRequestType))('%s is valid, polite and complete', (type) => {
      const letter = DEFAULT_LETTERS[type];
      expect(templateProblems(letter.subject)).toEqual([]);
      expect(templateProblems(letter.body)).toEqual([]);
      const body = renderTemplate(letter.body, full);
      expect(body).toContain('request in writing');
      expect(body).toContain('<request.reason>');
      expect(body).toContain('Under <deadline.citation>, a response is due by <deadline.dueOn>.');
      // One deadline sentence: the rule's day, not a second "respond by" (issue 20).
      expect(body).not.toContain('<deadline.respondBy>');
      expect(body).toContain(
        'Re: <student.name>, born <student.dateOfBirth>, student ID <student.schoolStudentId>, grade',
      );
      expect(body).toMatch(/Sincerely,\n\n<advocate.name>\n<organization.name>/);
      expect(body).toContain('cc: <guardian.name>');
      expect(body).not.toMatch(/\{\{|\}\}|\[/);
    });

    it('asks for Prior Written Notice where IDEA requires it', () => {
      for (const type of ['EVALUATION', 'FBA', 'HOME_INSTRUCTION', 'REINTEGRATION_PLAN'] as const) {
        expect(DEFAULT_LETTERS[type].body).toContain('34 CFR 300.503');
      }
      expect(DEFAULT_LETTERS.RECORDS.body).not.toContain('300.503');
    });

    it('says so gracefully when no statute sets a period', () => {
      const body = renderTemplate(DEFAULT_LETTERS.ACCOMMODATIONS.body, {
        ...full,
        'deadline.dueOn': null,
        'deadline.period': null,
        'deadline.respondBy': null,
        'deadline.citation': '34 CFR 104.36',
      });
      expect(body).toContain(
        'I understand that no statute sets a fixed number of days for a response to this request (see 34 CFR 104.36); the school must still answer within a reasonable time. A phone call',
      );
      // No date is known: none is invented (before: "within ten school days").
      expect(body).not.toContain('ten school days');
      expect(body).not.toContain('Under ');
    });

    it("asks for the organization's default day, once, when no statute sets a period", () => {
      const body = renderTemplate(DEFAULT_LETTERS.ACCOMMODATIONS.body, {
        ...full,
        'deadline.dueOn': null,
        'deadline.period': null,
        'deadline.respondBy': 'Tuesday, October 21, 2025',
        'deadline.citation': '34 CFR 104.36',
      });
      expect(body).toContain(
        'the school must still answer within a reasonable time. I ask for your answer by Tuesday, October 21, 2025.',
      );
      expect(body.split('October 21, 2025')).toHaveLength(2);
    });

    it('leaves out the birth date and school id when they are not on file', () => {
      const body = renderTemplate(DEFAULT_LETTERS.EVALUATION.body, {
        ...full,
        'student.dateOfBirth': null,
        'student.schoolStudentId': null,
      });
      expect(body).toContain('Re: <student.name>, grade <student.grade>, <school.name>');
    });

    it('gives the period when the calendar needed for the date is missing', () => {
      const body = renderTemplate(DEFAULT_LETTERS.EVALUATION.body, {
        ...full,
        'deadline.dueOn': null,
        'deadline.respondBy': null,
      });
      expect(body).toContain(
        'Under <deadline.citation>, a response is due within <deadline.period> of the day you receive this letter.',
      );
      // …and that is the only deadline sentence.
      expect(body).not.toMatch(/ten school days|Please respond in writing (by|within)/);
    });
  });
});
