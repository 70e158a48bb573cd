import {
  REQUEST_TYPE_LABELS,
  type DeliveryChannel,
  type ResponseOutcome,
  type WrittenRequestType,
} from '@onrecord/requests';
import { EN, WORDS, type MessageLanguage, type PeriodUnit } from '@onrecord/words';

/**
 * The words merge values need in each language of messages to families, looked up in
 * libs/words (en.ts, es.ts) with what to say when there are none. Pure. Messages to schools
 * are English only; a guardian's message follows their preferred language where a template
 * exists in it, else English.
 */

export { MESSAGE_LANGUAGES, messageLanguage, type MessageLanguage } from '@onrecord/words';

/** The request type whose English label this is, if any (the label a message was given). */
export function requestTypeOfLabel(label: string): WrittenRequestType | null {
  const entry = Object.entries(REQUEST_TYPE_LABELS).find(([, words]) => words === label);
  return entry ? (entry[0] as WrittenRequestType) : null;
}

/** What was asked, e.g. "a full individual evaluation" / "una evaluación individual completa". */
export function requestTypeLabel(type: WrittenRequestType, language: MessageLanguage): string {
  return WORDS[language].requestTypes[type];
}

/** The outcome's plain words; an outcome not known here reads as OTHER. */
export function outcomeWords(outcome: string, language: MessageLanguage): string {
  const words = WORDS[language].outcomes;
  return words[outcome as ResponseOutcome] ?? words.OTHER;
}

/**
 * Which one, as a word: 1 → "first" / "primer"…, then figures: "9th", "21st" / "11.º" (no
 * policy sends that many).
 */
export function ordinalWord(n: number, language: MessageLanguage): string {
  return WORDS[language].ordinal(n);
}

/** 1 → "first" … 8 → "eighth", then "9th", "21st", "112th" (no policy sends that many). */
export function ordinal(n: number): string {
  return ordinalWord(n, 'en');
}

/** The channel's words; a channel not known here is spelled out ("by fax" / "por fax"). */
export function channelWords(channel: string, language: MessageLanguage): string {
  const words = WORDS[language];
  const known = words.channels[channel as DeliveryChannel];
  if (known) return known;
  return `${words.otherChannel} ${channel.toLowerCase().replace(/_/g, ' ')}`;
}

/** "1 day", "5 days" / "1 día", "5 días". */
export function daysWords(days: number, language: MessageLanguage): string {
  return WORDS[language].days(days);
}

/**
 * A deadline's period ("15 school days", as follow-up-rule-facts.ts writes it) in the
 * language; a period in other words is left as it was written.
 */
export function periodWords(period: string, language: MessageLanguage): string {
  if (language === 'en') return period;
  const match = /^(\d+) (.+)$/.exec(period.trim());
  if (!match) return period;
  const [, count = '', unit = ''] = match;
  const known = (Object.keys(EN.periodUnits) as PeriodUnit[]).find((key) =>
    EN.periodUnits[key].includes(unit),
  );
  if (!known) return period;
  return `${count} ${WORDS[language].periodUnits[known][Number(count) === 1 ? 0 : 1]}`;
}
