import { BadInput } from '@onrecord/platform/errors';
import { SEARCH_TEXT_MAX, searchTerms } from './search-terms';

function refusal(text: string): string {
  try {
    searchTerms(text);
  } catch (error) {
    if (error instanceof BadInput) return error.fields.map((f) => `${f.field}: ${f.message}`)[0];
    throw error;
  }
  throw new Error(`"${text}" was not refused`);
}

describe('searchTerms', () => {
  it('makes every word a prefix, all required', () => {
    expect(searchTerms('mar')).toBe('mar:*');
    expect(searchTerms('  María  García ')).toBe('maría:* & garcía:*');
  });

  it('keeps letters and digits only, so nothing typed is tsquery syntax', () => {
    expect(searchTerms(`O'Brien`)).toBe('o:* & brien:*');
    expect(searchTerms('a:* & b | !c <-> (d)')).toBe('a:* & b:* & c:* & d:*');
    expect(searchTerms('"504 plan"')).toBe('504:* & plan:*');
    expect(searchTerms('Peña-Gómez')).toBe('peña:* & gómez:*');
  });

  it('takes the first eight words', () => {
    expect(searchTerms('a b c d e f g h i j').split(' & ')).toHaveLength(8);
  });

  it('refuses blank, too long and wordless text, naming the field', () => {
    expect(refusal('   ')).toBe('text: type a name or a few words to search');
    expect(refusal('x'.repeat(SEARCH_TEXT_MAX + 1))).toBe(
      `text: at most ${SEARCH_TEXT_MAX} characters`,
    );
    expect(refusal(`:* & | ! ' "`)).toBe('text: needs a letter or a digit');
  });
});
