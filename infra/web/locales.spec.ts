import en from '../../apps/web/src/locales/en.json';
import es from '../../apps/web/src/locales/es.json';
import outcomesEn from '../../apps/web/src/locales/outcomes.en.json';
import outcomesEs from '../../apps/web/src/locales/outcomes.es.json';
import membersEn from '../../apps/web/src/locales/members.en.json';
import membersEs from '../../apps/web/src/locales/members.es.json';
import policyEn from '../../apps/web/src/locales/policy.en.json';
import policyEs from '../../apps/web/src/locales/policy.es.json';

type Words = { [key: string]: string | Words };

/** Every key path with its text. */
function texts(words: Words, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(words)) {
    const path = prefix + key;
    if (typeof value === 'string') found.set(path, value);
    else for (const [inner, text] of texts(value, `${path}.`)) found.set(inner, text);
  }
  return found;
}

/**
 * The {{names}} a text fills in. A singular (`_one`) may say "one" in words instead of
 * filling in the count.
 */
function filledIn(key: string, text: string): string {
  const names = [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]!);
  return [...new Set(names)]
    .filter((name) => !(key.endsWith('_one') && name === 'count'))
    .sort()
    .join();
}

/**
 * The console's English and Spanish say the same things: a Spanish reader never meets an
 * English fallback or a raw key, and each text fills in the same values.
 */
describe("the console's words", () => {
  // The first page's words and each page's own namespace (loaded with the page).
  const english = new Map([
    ...texts(en as Words),
    ...texts(outcomesEn as Words, 'outcomes:'),
    ...texts(membersEn as Words, 'members:'),
    ...texts(policyEn as Words, 'policy:'),
  ]);
  const spanish = new Map([
    ...texts(es as Words),
    ...texts(outcomesEs as Words, 'outcomes:'),
    ...texts(membersEs as Words, 'members:'),
    ...texts(policyEs as Words, 'policy:'),
  ]);

  it('has the same keys in English and Spanish', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('fills in the same values in both languages', () => {
    const differ = [...english]
      .filter(
        ([key, text]) =>
          spanish.has(key) && filledIn(key, spanish.get(key)!) !== filledIn(key, text),
      )
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('has no empty text', () => {
    const empty = [...english, ...spanish].filter(([, text]) => !text.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
