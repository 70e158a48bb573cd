/**
 * Writes the family portal's first page (the one an emailed sign-in link opens) into the web
 * app's build, drawn in each language: dist/apps/web/portal-sign-in.<language>.html. The api
 * sends it for /portal/sign-in?token=… in the browser's language (serve-web-app.ts).
 *
 * It is portal.html with the page already in it, the styles that page uses inlined (by
 * beasties: no round trip before anything shows, and little CSS to parse on a slow phone;
 * the whole stylesheet follows without holding anything up), and its scripts (the sign-in page's preloaded) moved to the
 * end: on a slow network the browser would otherwise start fetching them from the head and
 * share the bandwidth the page itself still needs. Runs after the portal's `vite build`
 * (package.json, build:web).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Beasties from 'beasties';

const web = fileURLToPath(new URL('../../dist/apps/web/', import.meta.url));
const renderer = new URL('../../dist/apps/web-prerender/first-page.mjs', import.meta.url);
const SIGN_IN_PAGE = 'src/portal/pages/SignInPage.tsx';

const { renderFirstPage } = await import(pathToFileURL(fileURLToPath(renderer)).href);
const manifest = JSON.parse(readFileSync(`${web}.vite/manifest.json`, 'utf8'));
const portal = readFileSync(`${web}portal.html`, 'utf8');

/** The sign-in page's chunk and what it imports, by file. */
function chunksOf(key, found = new Set()) {
  const chunk = manifest[key];
  if (!chunk || found.has(chunk.file)) return found;
  found.add(chunk.file);
  for (const imported of chunk.imports ?? []) chunksOf(imported, found);
  return found;
}

const preloads = [...chunksOf(SIGN_IN_PAGE)]
  .filter((file) => !portal.includes(`/${file}"`))
  .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
const scriptTags = /^\s*<(script type="module"|link rel="modulepreload")[^\n]*\n/gm;
const scripts = [...portal.matchAll(scriptTags)].map((match) => match[0].trim());
if (!scripts.some((tag) => tag.startsWith('<script')))
  throw new Error('portal.html has no module script: the build changed its shape');

/**
 * reduceInlineStyles: false leaves the styles Mantine renders with the page (its variables)
 * whole. allowRules: every rule naming a class the page uses, whatever its state selectors
 * (beasties cannot evaluate a selector with two `:where(…)`, such as Mantine's light-scheme
 * rules, and would drop them: the language switch showed no choice).
 */
function critical(markup) {
  const classes = [...new Set(markup.match(/\bm_[0-9a-f]{8}\b/g) ?? [])];
  return new Beasties({
    path: web,
    publicPath: '/',
    preload: 'body',
    reduceInlineStyles: false,
    allowRules: [new RegExp(`\\.(?:${classes.join('|')})(?![\\w-])`)],
    logLevel: 'warn',
  });
}
/**
 * Beasties links the whole stylesheet at the end of the body, where Chromium would still hold
 * the page's painting until it arrives, and where it would come after the styles Mantine
 * renders in the page (the theme's colours) and override them. So it goes back in the head
 * as "print", which holds up nothing; the page's script (first-page.ts) turns it on for
 * every other page (the CSP allows no inline script to do it).
 */
const wholeStylesheet = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/;

for (const language of ['en', 'es']) {
  const markup = renderFirstPage(language);
  const drawn = portal
    .replace(
      '<html lang="en">',
      `<html lang="${language}" data-prerendered="${language}" data-mantine-color-scheme="light">`,
    )
    .replace(scriptTags, '')
    .replace(
      '<div id="root"></div>',
      () => `<div id="root">${markup}</div>\n    ${[...scripts, ...preloads].join('\n    ')}`,
    );
  const processed = await critical(markup).process(drawn);
  const href = wholeStylesheet.exec(processed)?.[1];
  if (!href) throw new Error('beasties left no link to the whole stylesheet');
  const page = processed
    .replace(wholeStylesheet, '')
    .replace(
      '</head>',
      () =>
        `  <link rel="stylesheet" crossorigin href="${href}" media="print" data-whole-stylesheet>\n  </head>`,
    );
  if (
    !page.includes('data-prerendered') ||
    !page.includes('data-whole-stylesheet') ||
    !/<style>[^]*\.m_[^]*<\/style>/.test(page)
  )
    throw new Error('portal.html did not take the prerendered page and its styles');
  writeFileSync(`${web}portal-sign-in.${language}.html`, page);
}
