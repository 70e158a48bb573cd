import { isAppRoute, isPortalRoute, isPortalSignInLink } from './web-app-routes';

const HTML = 'text/html,application/xhtml+xml';

describe('isAppRoute', () => {
  it.each([
    '/',
    '/caseload',
    '/cases/3f1c2d4e-0000-4000-8000-000000000000',
    '/sign-in',
    '/settings/import',
  ])('answers %s with the app', (path) => expect(isAppRoute('GET', path, HTML)).toBe(true));

  it.each([
    '/graphql',
    '/graphiql',
    '/graphiql/assets/x.js',
    '/health',
    '/reports/outcome.csv',
    '/admin/queues',
    '/admin/queues/queue/follow-ups',
    '/calendar/orc_token',
    '/documents/6f1c2d3e-0000-4000-8000-000000000000/content',
    '/portal/documents/6f1c2d3e-0000-4000-8000-000000000000/content',
    '/exports/families/6f1c2d3e-0000-4000-8000-000000000000',
    '/imports/preview',
  ])('leaves the api path %s to the api', (path) =>
    expect(isAppRoute('GET', path, HTML)).toBe(false),
  );

  it('leaves missing files and non-page requests alone', () => {
    expect(isAppRoute('GET', '/assets/missing.js', HTML)).toBe(false);
    expect(isAppRoute('GET', '/favicon.ico', HTML)).toBe(false);
    expect(isAppRoute('GET', '/caseload', 'application/json')).toBe(false);
    expect(isAppRoute('POST', '/caseload', HTML)).toBe(false);
  });
});

describe('isPortalRoute', () => {
  it.each(['/portal', '/portal/sign-in', '/portal/cases/3f1c2d4e-0000-4000-8000-000000000000'])(
    'answers %s with the portal',
    (path) => expect(isPortalRoute(path)).toBe(true),
  );

  it.each(['/', '/caseload', '/portals', '/cases/portal'])('leaves %s to the console', (path) =>
    expect(isPortalRoute(path)).toBe(false),
  );
});

describe('isPortalSignInLink', () => {
  it('is the sign-in page opened with a token', () => {
    expect(isPortalSignInLink('/portal/sign-in', 'orl_x')).toBe(true);
    expect(isPortalSignInLink('/portal/sign-in', undefined)).toBe(false);
    expect(isPortalSignInLink('/portal/sign-in', '')).toBe(false);
    expect(isPortalSignInLink('/portal/sign-in', ['orl_x', 'orl_y'])).toBe(false);
    expect(isPortalSignInLink('/portal/', 'orl_x')).toBe(false);
  });
});
