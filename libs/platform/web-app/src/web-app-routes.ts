/**
 * Which requests the web app's index.html answers: a browser opening one of the app's own
 * routes (/, /caseload, /cases/…) by address or on reload. Never the api's own paths, and
 * never a missing file under /assets (that stays a 404, not a page).
 */
export const API_PREFIXES = [
  '/graphql',
  '/graphiql',
  '/health',
  '/reports',
  '/assets',
  // Calendar feeds (GET /calendar/<token>.ics): a feed or a plain 404, never the app.
  '/calendar',
  // A document's file (GET /documents/<id>/content), and a family's export: opened by
  // address, still the file or the api's refusal, never the app.
  '/documents',
  '/exports',
  // The same for the family portal's documents (GET …/<id>/content; POST a family's upload).
  '/portal/documents',
  // The CSV import's dry run and import (POST /imports/preview, /imports/run).
  '/imports',
  // The operators' queue dashboard (platform/queue QueueDashboardModule): its own page, or a 404.
  '/admin',
];

export function isAppRoute(method: string, path: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) {
    return false;
  }
  // A file name (favicon.ico, robots.txt) that static serving did not find: not a route.
  if (/\.[a-z0-9]+$/i.test(path)) return false;
  return (accept ?? '').includes('text/html');
}

/** The family portal's pages (/portal, /portal/…) have their own, smaller entry. */
export function isPortalRoute(path: string): boolean {
  return path === '/portal' || path.startsWith('/portal/');
}

/**
 * The page an emailed sign-in link opens (/portal/sign-in?token=…): the build has drawn it in
 * each language (apps/web/prerender.mjs), so a phone shows it before its script arrives.
 */
export function isPortalSignInLink(path: string, token: unknown): boolean {
  return path === '/portal/sign-in' && typeof token === 'string' && token !== '';
}
