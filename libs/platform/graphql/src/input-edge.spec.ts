import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { dateTimeProblem, inputEdgeProblems } from './input-edge';

const schema = buildSchema(`
  scalar DateTime
  input Attendee { contactId: ID, name: String }
  input MeetingInput { caseId: ID!, startsAt: DateTime!, attendees: [Attendee!], notes: String }
  type Query { search(text: String, ids: [ID!]): Int, ping: Int }
  type Mutation { schedule(input: MeetingInput!): Int, rename(id: ID!, name: String): Int }
`);

function problemsOf(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return inputEdgeProblems(schema, document, operation, variables);
}

const CASE = '7f0c1c9e-2f51-4c44-9d3b-8c1f1d1e1a10';

describe('inputEdgeProblems', () => {
  it('names each string or id holding NUL, in variables and in the document', () => {
    expect(
      problemsOf('query ($t: String) { search(text: $t, ids: ["a\\u0000"]) }', { t: 'x\u0000' }),
    ).toEqual([
      { field: 'text', message: 'must not contain the NUL character (U+0000)' },
      { field: 'ids.0', message: 'must not contain the NUL character (U+0000)' },
    ]);
  });

  it('checks each request of a document seen before with its own variables', () => {
    const document = parse('query ($t: String) { search(text: $t) }');
    const operation = document.definitions[0] as OperationDefinitionNode;
    const check = (text: string) => inputEdgeProblems(schema, document, operation, { t: text });
    expect(check('fine')).toEqual([]);
    expect(check('x\u0000')).toEqual([
      { field: 'text', message: 'must not contain the NUL character (U+0000)' },
    ]);
    expect(check('fine again')).toEqual([]);
  });

  it('names nested fields from the input object, without `input.`', () => {
    const problems = problemsOf('mutation ($i: MeetingInput!) { schedule(input: $i) }', {
      i: {
        caseId: CASE,
        startsAt: '2025-02-30T10:00:00Z',
        attendees: [{ name: 'ok' }, { contactId: '' }, { name: 'Ann\u0000' }],
      },
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      'startsAt',
      'attendees.1.contactId',
      'attendees.2.name',
    ]);
    expect(problems[1]!.message).toMatch(/must be an id/);
  });

  it('checks fragments and variable defaults too', () => {
    expect(
      problemsOf(
        'query ($t: String = "\\u0000") { ...F } fragment F on Query { search(text: $t) }',
      ),
    ).toEqual([{ field: 'text', message: 'must not contain the NUL character (U+0000)' }]);
  });

  it('lets good values, nulls and absent values through', () => {
    expect(
      problemsOf(
        'mutation ($i: MeetingInput!) { schedule(input: $i) rename(id: "x", name: null) }',
        {
          i: {
            caseId: CASE,
            startsAt: '2025-10-06T09:30:00-05:00',
            attendees: null,
            notes: 'שלום 🎒',
          },
        },
      ),
    ).toEqual([]);
  });
});

describe('dateTimeProblem', () => {
  it.each([
    '2025-10-06T09:30:00Z',
    '2025-10-06T09:30Z',
    '2024-02-29T23:59:59.999+14:00',
    '1900-01-01T00:00:00Z',
    '2200-12-31T23:59:59Z',
  ])('accepts %s', (value) => expect(dateTimeProblem(value)).toBeUndefined());

  it.each([
    [1, /written like/],
    ['', /written like/],
    ['2025-10-06', /written like/],
    ['2025-10-06T09:30:00', /written like/],
    ['2025-02-30T10:00:00Z', /not a real date/],
    ['2025-10-06T24:00:00Z', /not a real date/],
    ['0000-01-01T00:00:00Z', /between 1900-01-01 and 2200-12-31/],
    ['9999-12-31T23:59:59Z', /between 1900-01-01 and 2200-12-31/],
  ])('refuses %p', (value, message) => expect(dateTimeProblem(value)).toMatch(message));
});
