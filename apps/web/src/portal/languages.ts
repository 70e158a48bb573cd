/**
 * The languages the portal (and OnRecord's emails) are written in. No side effects: the
 * first page's prerender (prerender/first-page.tsx) imports this outside a browser.
 */
export const PORTAL_LANGUAGES = ['en', 'es'] as const;
export type PortalLanguage = (typeof PORTAL_LANGUAGES)[number];

export function asPortalLanguage(value: string | null | undefined): PortalLanguage | null {
  const short = (value ?? '').toLowerCase().slice(0, 2);
  return short === 'en' || short === 'es' ? short : null;
}
