import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_NAMESPACES } from '../../apps/web/src/i18n-namespaces';

const LOCALES = join(__dirname, '../../apps/web/src/locales');
const read = (file: string): Words => JSON.parse(readFileSync(join(LOCALES, file), 'utf8'));
/** The page namespaces that have files: `<namespace>.en.json` and `.es.json`. */
const NAMESPACE_FILES = [
  ...new Set(
    readdirSync(LOCALES)
      .map((file) => /^(\w+)\.(en|es)\.json$/.exec(file)?.[1])
      .filter((name): name is string => !!name),
  ),
].sort();

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
  const words = (lang: 'en' | 'es') =>
    new Map([
      ...texts(read(`${lang}.json`)),
      ...NAMESPACE_FILES.flatMap((ns) => [...texts(read(`${ns}.${lang}.json`), `${ns}:`)]),
    ]);
  const english = words('en');
  const spanish = words('es');

  it('loads every namespace file with its page (PAGE_NAMESPACES), and has a file for each', () => {
    expect([...PAGE_NAMESPACES].sort()).toEqual(NAMESPACE_FILES);
  });

  it("keeps a page's words in its namespace only, not in the first page's too", () => {
    for (const lang of ['en', 'es'] as const) {
      const first = Object.keys(read(`${lang}.json`));
      const twice = NAMESPACE_FILES.flatMap((ns) =>
        Object.keys(read(`${ns}.${lang}.json`)).filter((key) => first.includes(key)),
      );
      expect(twice).toEqual([]);
    }
  });

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
