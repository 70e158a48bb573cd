import { type FieldProblem } from '@onrecord/platform/errors';

/**
 * The languages the portal's pages and OnRecord's emails to families are written in. A
 * guardian may only choose one of these: another tag would be stored but nothing would be
 * written in it.
 */
export const PORTAL_LANGUAGES = ['en', 'es'] as const;

export function portalLanguageProblem(language: string | undefined): FieldProblem | null {
  if (language === undefined || (PORTAL_LANGUAGES as readonly string[]).includes(language))
    return null;
  return {
    field: 'preferredLanguage',
    message: `must be one of ${PORTAL_LANGUAGES.join(', ')} (the languages OnRecord writes in)`,
  };
}
