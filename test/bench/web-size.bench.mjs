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
const ENGLISH = 'src/locales/en.json';
if (!entry) throw new Error('No entry in the manifest: run `npm run build` first.');

/** The pages the console is opened on: sign-in, then Today, or the caseload from a bookmark. */
const firstPages = {
  'sign-in': 'apps/web/src/pages/SignIn.tsx',
  today: 'apps/web/src/pages/Today.tsx',
  caseload: 'apps/web/src/pages/Caseload.tsx',
};
/** Pages reached from those: what they add to what Today loaded, and their total if a link opens them first. */
const laterPages = {
  case: 'apps/web/src/pages/CasePage.tsx',
  'new request': 'apps/web/src/pages/NewRequest.tsx',
  meeting: 'apps/web/src/pages/MeetingPage.tsx',
  attendance: 'apps/web/src/pages/attendance/AttendancePage.tsx',
  'follow-ups': 'apps/web/src/pages/FollowUps.tsx',
  'a follow-up': 'apps/web/src/pages/FollowUpPage.tsx',
};

/** @param {string} source */
function chunksOf(source) {
  const key = Object.keys(manifest).find((k) => k.endsWith(source.replace('apps/web/', '')));
  if (!key) throw new Error(`${source} is not a chunk of its own in the manifest`);
  // The words of the page's language (English here) load before the first screen is drawn.
  return new Set([...closure(entry), ...closure(ENGLISH), ...closure(key)]);
}
/** @param {Set<string>} chunks */
const jsOf = (chunks) => [...chunks].reduce((sum, k) => sum + gz(manifest[k].file), 0);
/** @param {Set<string>} chunks */
const cssOf = (chunks) =>
  [...chunks].flatMap((k) => manifest[k].css ?? []).reduce((sum, file) => sum + gz(file), 0);

console.log(`JavaScript of the first page, gzipped (budget ${BUDGET_KB} KB)`);
let over = false;
for (const [name, source] of Object.entries(firstPages)) {
  const chunks = chunksOf(source);
  const js = jsOf(chunks);
  over ||= js > BUDGET_KB;
  console.log(
    `${name.padEnd(12)} ${js.toFixed(1).padStart(6)} KB JS (${chunks.size} chunks)  ${cssOf(chunks).toFixed(1)} KB CSS  ${js <= BUDGET_KB ? 'within' : 'OVER'} budget`,
  );
}
const today = chunksOf(firstPages.today);
console.log('\nPages opened from Today: what each adds, and its total if a link opens it first');
for (const [name, source] of Object.entries(laterPages)) {
  const chunks = chunksOf(source);
  const added = new Set([...chunks].filter((k) => !today.has(k)));
  console.log(
    `${name.padEnd(12)} +${jsOf(added).toFixed(1).padStart(5)} KB JS   opened first: ${jsOf(chunks).toFixed(1)} KB`,
  );
}
process.exit(over ? 1 : 0);
