/**
 * Words only some people read, loaded with their page (`loadNamespaces`), not with the first
 * one: each is `locales/<namespace>.<lang>.json`. Apart from i18n.ts so the locales test can
 * read the list without a browser.
 */
export const PAGE_NAMESPACES = [
  'outcomes',
  'funders',
  'members',
  'start',
  'intake',
  'districts',
  'keys',
  'meetings',
  'attendance',
  'policy',
  'schools',
  'contacts',
  'outreach',
  'demographics',
  'closing',
  'survey',
  // The case page's dialogs for a request: emailing it, recording the school's answer.
  'answers',
  // Replies schools sent back (mail in): their list, one reply, and Today's section of them.
  'replies',
  // A case's documents (the case page's section, and the upload dialog).
  'documents',
  // A member's calendar feeds (their own settings page).
  'feeds',
  // Search across the organization (the results page; the header's box is in the common words).
  'search',
  // The case page's evidence packet dialog and a request's letter as PDF.
  'packet',
  // Importing a spreadsheet (families, school contacts): an admin's settings page.
  'import',
] as const;
export type PageNamespace = (typeof PAGE_NAMESPACES)[number];
