import { randomBytes } from 'node:crypto';

/** Every survey link's secret starts with it: "OnRecord survey". */
export const SURVEY_LINK_PREFIX = 'ors_';

/**
 * A survey link works this long after it is sent: time enough to answer at leisure, and the
 * answer still speaks of help given lately (the program measures ask parents served in the
 * last six months).
 */
export const SURVEY_LINK_DAYS = 60;

/** A new secret for a survey link; only its hash is kept (hashToken). */
export const newSurveySecret = (): string =>
  `${SURVEY_LINK_PREFIX}${randomBytes(32).toString('base64url')}`;

/** Whether a text can be a survey link's secret at all (before any lookup). */
export const looksLikeSurveySecret = (token: string): boolean =>
  token.startsWith(SURVEY_LINK_PREFIX) && /^[A-Za-z0-9_-]{40,100}$/.test(token);
