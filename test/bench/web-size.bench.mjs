// @ts-check
/**
 * `npm run bench:web-size` (after `npm run build`): the JavaScript a browser downloads for
 * each first page of the advocate console, gzipped, beside the budget of 250 KB. A page is
 * the entry (index.html's script and what it imports) plus the page's own lazy chunk and its
 * imports, read from Vite's manifest. CSS is printed apart (it is not JavaScript).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist/apps/web');
/** @type {Record<string, { file: string, imports?: string[], css?: string[], isEntry?: boolean }>} */
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

/** @param {string} key @param {Set<string>} seen */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entry) throw new Error('No entry in the manifest: run `npm run build` first.');

const pages = {
  'sign-in': 'apps/web/src/pages/SignIn.tsx',
  today: 'apps/web/src/pages/Today.tsx',
  caseload: 'apps/web/src/pages/Caseload.tsx',
  case: 'apps/web/src/pages/CasePage.tsx',
};

console.log(`JavaScript per first page, gzipped (budget ${BUDGET_KB} KB)`);
let over = false;
for (const [name, source] of Object.entries(pages)) {
  const key = Object.keys(manifest).find((k) => k.endsWith(source.replace('apps/web/', '')));
  if (!key) throw new Error(`${source} is not a chunk of its own in the manifest`);
  const chunks = new Set([...closure(entry), ...closure(key)]);
  const js = [...chunks].reduce((sum, k) => sum + gz(manifest[k].file), 0);
  const css = [...chunks]
    .flatMap((k) => manifest[k].css ?? [])
    .reduce((sum, file) => sum + gz(file), 0);
  over ||= js > BUDGET_KB;
  console.log(
    `${name.padEnd(9)} ${js.toFixed(1).padStart(6)} KB JS (${chunks.size} chunks)  ${css.toFixed(1)} KB CSS  ${js <= BUDGET_KB ? 'within' : 'OVER'} budget`,
  );
}
process.exit(over ? 1 : 0);
