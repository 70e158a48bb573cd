import { describe, expect, it } from '@jest/globals';
import { print } from 'graphql';
import { compileDocument, fragmentsIn } from './graphql-compile';

const CONTACT = 'graphql(`fragment Contact on SchoolContact { id name email }`)';
const SCHOOL = 'graphql(`fragment SchoolLine on School { id name contacts { ...Contact } }`)';

describe('compiling the app’s graphql() calls', () => {
  const fragments = fragmentsIn([CONTACT, `const x = 1;\n${SCHOOL}`]);

  it('finds the fragments defined anywhere in the app', () => {
    expect([...fragments.keys()].sort()).toEqual(['Contact', 'SchoolLine']);
  });

  it('sends a query with every fragment it spreads, and those they spread, once each', () => {
    const document = compileDocument(
      'query Schools { schools { ...SchoolLine } school(id: "1") { ...SchoolLine } }',
      fragments,
    );
    expect(document.definitions.map((d) => ('name' in d ? d.name?.value : ''))).toEqual([
      'Schools',
      'SchoolLine',
      'Contact',
    ]);
    expect(print(document)).toContain('fragment Contact on SchoolContact');
  });

  it('leaves a query without fragments as it is written', () => {
    const document = compileDocument('query Me { me { id } }', fragments);
    expect(print(document)).toBe('query Me {\n  me {\n    id\n  }\n}');
  });
});
