import { EN, ES, ESCALATION, SCHOOL_FOLLOW_UP } from '@onrecord/words';
import type { FollowUpTemplateKind, FollowUpTemplateText } from './message-facts';
import type { MessageLanguage } from './message-language';

/**
 * The built-in templates, per kind and language: every kind in English; the messages to the
 * family in Spanish too (messages to schools are English only).
 */
export const DEFAULT_FOLLOW_UP_TEMPLATES: Record<
  FollowUpTemplateKind,
  Partial<Record<MessageLanguage, FollowUpTemplateText>>
> = {
  SCHOOL_FOLLOW_UP: { en: SCHOOL_FOLLOW_UP },
  ESCALATION: { en: ESCALATION },
  GUARDIAN_UPDATE: { en: EN.guardianUpdate, es: ES.guardianUpdate },
  GUARDIAN_OVERDUE: { en: EN.guardianOverdue, es: ES.guardianOverdue },
  GUARDIAN_ANSWERED: { en: EN.guardianAnswered, es: ES.guardianAnswered },
};

/**
 * The built-in template of a kind in a language, or the English one when there is none in
 * that language; `language` is the one the template is in (render with it).
 */
export function defaultFollowUpTemplate(
  kind: FollowUpTemplateKind,
  language: MessageLanguage,
): { template: FollowUpTemplateText; language: MessageLanguage } {
  const templates = DEFAULT_FOLLOW_UP_TEMPLATES[kind];
  const own = templates[language];
  if (own) return { template: own, language };
  const english = templates.en;
  if (!english) throw new Error(`No default follow-up template for ${kind}`);
  return { template: english, language: 'en' };
}
