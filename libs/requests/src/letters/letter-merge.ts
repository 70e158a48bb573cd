/**
 * Merge fields of letter templates and the renderer that fills them; createMergeEngine gives
 * the same checker and renderer to another feature's templates over its own fields (follow-up
 * messages). Pure: no template engine, no code evaluated — a regular expression over `{{…}}`
 * tags, so a template an organization saves can only ever put text where its fields are.
 *
 * Syntax:
 * - `{{student.name}}`: the value, or a visible placeholder such as "[student's grade]" when
 *   it is missing, so nothing silently disappears from a letter.
 * - `{{#deadline.dueOn}}…{{/deadline.dueOn}}`: the text inside only when the field has a value;
 *   `{{^deadline.dueOn}}…{{/deadline.dueOn}}`: only when it has none (a graceful sentence when
 *   no statute sets a period). Sections of different fields may nest.
 */

export interface MergeField {
  name: string;
  description: string;
  /** Shown in the letter when the value is missing. */
  placeholder: string;
}

export const MERGE_FIELDS = [
  { name: 'student.name', description: "The student's name.", placeholder: "[student's name]" },
  { name: 'student.grade', description: "The student's grade.", placeholder: "[student's grade]" },
  {
    name: 'student.dateOfBirth',
    description:
      'The student\'s date of birth, e.g. "March 4, 2013"; empty when not on file (use it as a section).',
    placeholder: "[student's date of birth]",
  },
  {
    name: 'student.schoolStudentId',
    description:
      "The student's id number at the school or district; empty when not on file (use it as a section).",
    placeholder: "[student's id number]",
  },
  {
    name: 'school.name',
    description: "The student's school.",
    placeholder: "[student's school]",
  },
  {
    name: 'district.name',
    description: "The school's district.",
    placeholder: '[school district]',
  },
  {
    name: 'family.householdName',
    description: "The family's household name.",
    placeholder: "[family's name]",
  },
  {
    name: 'guardian.name',
    description:
      'The guardians the letter is written for (draftLetter and createWrittenRequest take guardianIds; by default every guardian of the family on file), e.g. "Kate Brennan and Sean Brennan".',
    placeholder: "[parent's name]",
  },
  {
    name: 'recipients',
    description: 'The names of the school contacts the request is addressed to, in order.',
    placeholder: '[recipients]',
  },
  {
    name: 'today',
    description: 'The date of the letter, e.g. "Monday, October 6, 2025" (district time zone).',
    placeholder: "[today's date]",
  },
  {
    name: 'request.type',
    description: 'What is asked, e.g. "a full individual evaluation".',
    placeholder: '[what is requested]',
  },
  {
    name: 'request.reason',
    description: 'Why it is asked: the concerns the advocate writes when drafting.',
    placeholder: '[why you are asking: the concerns, with dates and data]',
  },
  {
    name: 'deadline.dueOn',
    description:
      'The day the response is due under the rule, e.g. "Tuesday, October 21, 2025"; empty when no statute sets a period or the calendar is missing.',
    placeholder: '[response due date]',
  },
  {
    name: 'deadline.period',
    description:
      'The period the rule gives, e.g. "15 school days"; empty when no statute sets one.',
    placeholder: '[response period]',
  },
  {
    name: 'deadline.citation',
    description: 'The citation of the rule, e.g. "Cal. Educ. Code § 56321(a)".',
    placeholder: '[rule citation]',
  },
  {
    name: 'deadline.rule',
    description:
      'What the rule requires of the school, written for the reader, e.g. "a proposed assessment plan, with a notice of the parent\'s rights"; it completes "Under <citation>, a response is due by <day>: …".',
    placeholder: '[what the rule requires]',
  },
  {
    name: 'deadline.respondBy',
    description:
      "The day a written answer is asked for: the rule's due day, else the organization's default; empty when neither gives one.",
    placeholder: '[date to respond by]',
  },
  {
    name: 'advocate.name',
    description: 'The name of the member drafting the letter.',
    placeholder: "[advocate's name]",
  },
  {
    name: 'organization.name',
    description: "The organization's name.",
    placeholder: "[organization's name]",
  },
] as const satisfies readonly MergeField[];

export type MergeFieldName = (typeof MERGE_FIELDS)[number]['name'];

/** What a letter is filled with: missing, null or blank values get the placeholder. */
export type MergeValues = Partial<Record<MergeFieldName, string | null>>;

/** A template could not be rendered (see templateProblems); `what` names the template. */
export class MergeTemplateError extends Error {
  constructor(
    readonly problems: string[],
    what: string,
  ) {
    super(`The ${what} ${problems.join('; ')}.`);
  }
}

/** A letter template could not be rendered (see templateProblems). */
export class LetterTemplateError extends MergeTemplateError {
  constructor(problems: string[]) {
    super(problems, 'letter template');
  }
}

export interface MergeEngineOptions {
  /** The query that lists the fields, named in the unknown-field problem. */
  fieldsListedBy?: string;
  /** The error thrown for a template with problems; default a MergeTemplateError. */
  error?: (problems: string[]) => Error;
}

/** The checker and renderer of templates over one feature's fields (the syntax above). */
export interface MergeEngine<Name extends string = string> {
  /**
   * What is wrong with a template, as sentences a person can act on: unknown fields (all of
   * them, in one message) and sections opened and not closed (or closed and not opened).
   * Empty when the template can be rendered.
   */
  templateProblems(text: string): string[];
  /**
   * Fills a template; throws (see MergeEngineOptions.error) when it has problems. The names
   * of the fields shown as placeholders are added to `missing` when given.
   */
  render(text: string, values: Partial<Record<Name, string | null>>, missing?: Set<string>): string;
}

/** Every `{{…}}` tag: an optional section mark (#, ^ or /) and the name, spaces allowed. */
const TAG = /\{\{\s*([#^/]?)\s*([^{}]*?)\s*\}\}/g;
/** An innermost section: no other section opens inside it. */
const SECTION = /\{\{\s*([#^])\s*([\w.]+)\s*\}\}((?:(?!\{\{\s*[#^])[\s\S])*?)\{\{\s*\/\s*\2\s*\}\}/;

/** `text` with the match replaced by `by` (no `$` patterns, unlike String.replace). */
const spliced = (text: string, match: RegExpExecArray, by: string): string =>
  text.slice(0, match.index) + by + text.slice(match.index + match[0].length);

/**
 * The merge engine of a feature with its own fields (letters, follow-up messages…). `what`
 * names its templates in the error message: "The letter template uses unknown…".
 */
export function createMergeEngine<const Fields extends readonly MergeField[]>(
  fields: Fields,
  what = 'letter template',
  options: MergeEngineOptions = {},
): MergeEngine<Fields[number]['name']> {
  const byName = new Map<string, MergeField>(fields.map((field) => [field.name, field]));
  const listedBy = options.fieldsListedBy ?? 'mergeFields';
  const error = options.error ?? ((problems: string[]) => new MergeTemplateError(problems, what));

  function templateProblems(text: string): string[] {
    const unknown = new Set<string>();
    for (const [, , name = ''] of text.matchAll(TAG)) {
      if (!byName.has(name)) unknown.add(name);
    }
    const problems: string[] = [];
    if (unknown.size) {
      const list = [...unknown].map((name) => `{{${name}}}`).join(', ');
      problems.push(
        `uses unknown merge field${unknown.size > 1 ? 's' : ''} ${list} (${listedBy} lists the fields)`,
      );
    }
    let rest = text;
    for (let match = SECTION.exec(rest); match; match = SECTION.exec(rest)) {
      rest = spliced(rest, match, match[3] ?? '');
    }
    const unbalanced = [...rest.matchAll(TAG)].filter(([, mark]) => mark);
    if (unbalanced.length) {
      const list = unbalanced.map(([tag]) => tag).join(', ');
      problems.push(`has a section not opened and closed with the same field: ${list}`);
    }
    return problems;
  }

  const valueOf = (values: Partial<Record<string, string | null>>, name: string) => {
    const value = values[name];
    return value?.trim() ? value : null;
  };

  // Templates already found sound. A follow-up burst renders the same few templates thousands
  // of times, and checking one walks it with the section pattern once more (a few percent of
  // the worker's CPU while 10,000 go out, bench:follow-ups). Bounded: past the limit it starts
  // over. A template with problems is never kept, so it fails at every render.
  const sound = new Set<string>();
  const SOUND_KEPT = 1_000;

  function render(
    text: string,
    values: Partial<Record<string, string | null>>,
    missing?: Set<string>,
  ): string {
    if (!sound.has(text)) {
      const problems = templateProblems(text);
      if (problems.length) throw error(problems);
      if (sound.size >= SOUND_KEPT) sound.clear();
      sound.add(text);
    }
    let out = text;
    for (let match = SECTION.exec(out); match; match = SECTION.exec(out)) {
      const [, mark, name = '', inner = ''] = match;
      const shown = (valueOf(values, name) !== null) === (mark === '#');
      out = spliced(out, match, shown ? inner : '');
    }
    return out.replace(TAG, (_tag, _mark, name: string) => {
      const value = valueOf(values, name);
      if (value === null) missing?.add(name);
      return value ?? byName.get(name)?.placeholder ?? `[${name}]`;
    });
  }

  return { templateProblems, render };
}

const LETTERS = createMergeEngine(MERGE_FIELDS, 'letter template', {
  error: (problems) => new LetterTemplateError(problems),
});

/**
 * What is wrong with a letter template, as sentences a person can act on: unknown fields (all
 * of them, in one message) and sections opened and not closed (or closed and not opened).
 * Empty when the template can be rendered.
 */
export function templateProblems(text: string): string[] {
  return LETTERS.templateProblems(text);
}

/**
 * Fills a letter template; throws LetterTemplateError when it has problems. The names of the
 * fields shown as placeholders are added to `missing` when given.
 */
export function renderTemplate(text: string, values: MergeValues, missing?: Set<string>): string {
  return LETTERS.render(text, values, missing);
}
