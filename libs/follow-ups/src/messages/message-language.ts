import {
  type DeliveryChannel,
  joinNames,
  longDate,
  REQUEST_TYPE_LABELS,
  type ResponseOutcome,
  type WrittenRequestType,
} from '@onrecord/requests';

/**
 * The languages of messages to families, and the words their merge values need in each. Pure.
 * Messages to schools are English only; a guardian's message follows their preferred language
 * where a template exists in it, else English.
 */

export const MESSAGE_LANGUAGES = ['en', 'es'] as const;

export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

/**
 * The message language of a BCP 47 tag (a guardian's preferred language): "es", "es-MX",
 * "ES" → 'es'; anything else, or nothing, → 'en'.
 */
export function messageLanguage(tag: string | null | undefined): MessageLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'es' ? 'es' : 'en';
}

const SPANISH_LONG_DATE = new Intl.DateTimeFormat('es', {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** `2025-10-21` → "Tuesday, October 21, 2025" / "martes, 21 de octubre de 2025". */
export function longDateIn(isoDate: string, language: MessageLanguage): string {
  if (language === 'en') return longDate(isoDate);
  return SPANISH_LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** What was asked, in Spanish; mirrors REQUEST_TYPE_LABELS (letter-defaults.ts). */
export const SPANISH_REQUEST_TYPE_LABELS: Record<WrittenRequestType, string> = {
  EVALUATION: 'una evaluación individual completa',
  IEP_MEETING: 'una reunión del equipo del IEP',
  RECORDS: 'copias del expediente escolar',
  FBA: 'una evaluación funcional de la conducta',
  BEHAVIOR_PLAN: 'un plan de intervención para la conducta',
  ACCOMMODATIONS: 'adaptaciones',
  REINTEGRATION_PLAN: 'un plan de regreso a la escuela',
  PRIOR_WRITTEN_NOTICE: 'un aviso previo por escrito',
  INDEPENDENT_EVALUATION: 'una evaluación educativa independiente pagada por el distrito',
  HOME_INSTRUCTION: 'instrucción en el hogar',
  OTHER: 'lo que se describe a continuación',
};

/** The request type whose English label this is, if any (the label a message was given). */
export function requestTypeOfLabel(label: string): WrittenRequestType | null {
  const entry = Object.entries(REQUEST_TYPE_LABELS).find(([, words]) => words === label);
  return entry ? (entry[0] as WrittenRequestType) : null;
}

/** What was asked, e.g. "a full individual evaluation" / "una evaluación individual completa". */
export function requestTypeLabel(type: WrittenRequestType, language: MessageLanguage): string {
  return (language === 'en' ? REQUEST_TYPE_LABELS : SPANISH_REQUEST_TYPE_LABELS)[type];
}

/**
 * What the school answered, in plain words a family reads, as a whole clause: "the school
 * said no".
 */
export const RESPONSE_OUTCOME_WORDS: Record<MessageLanguage, Record<ResponseOutcome, string>> = {
  en: {
    GRANTED: 'the school agreed to what we asked for',
    PARTIALLY_GRANTED: 'the school agreed to part of what we asked for',
    DENIED: 'the school said no',
    DEFERRED_NEEDS_DATA: 'the school has not decided yet; it says it needs more information first',
    NOT_AVAILABLE: 'the school said this is not available',
    MEETING_SCHEDULED: 'the school set up a meeting to talk about it',
    REFERRED_ELSEWHERE: 'the school passed the request on to someone else to answer',
    OTHER: 'the school answered, but not with a clear yes or no',
  },
  es: {
    GRANTED: 'la escuela aceptó lo que pedimos',
    PARTIALLY_GRANTED: 'la escuela aceptó una parte de lo que pedimos',
    DENIED: 'la escuela dijo que no',
    DEFERRED_NEEDS_DATA:
      'la escuela todavía no ha decidido; dice que primero necesita más información',
    NOT_AVAILABLE: 'la escuela dijo que esto no está disponible',
    MEETING_SCHEDULED: 'la escuela programó una reunión para hablar del tema',
    REFERRED_ELSEWHERE:
      'la escuela pasó la solicitud a otra persona u oficina para que la responda',
    OTHER: 'la escuela respondió, pero sin un sí o un no claro',
  },
};

/** The outcome's plain words; an outcome not known here reads as OTHER. */
export function outcomeWords(outcome: string, language: MessageLanguage): string {
  const words = RESPONSE_OUTCOME_WORDS[language];
  return words[outcome as ResponseOutcome] ?? words.OTHER;
}

const ORDINALS: Record<MessageLanguage, string[]> = {
  en: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'],
  // Before a masculine noun ("mi primer mensaje de seguimiento"): primer, tercer.
  es: [
    'primer',
    'segundo',
    'tercer',
    'cuarto',
    'quinto',
    'sexto',
    'séptimo',
    'octavo',
    'noveno',
    'décimo',
  ],
};

/**
 * Which one, as a word: 1 → "first" / "primer"…, then figures: "9th", "21st" / "11.º" (no
 * policy sends that many).
 */
export function ordinalWord(n: number, language: MessageLanguage): string {
  const word = ORDINALS[language][n - 1];
  if (word) return word;
  if (language === 'es') return `${n}.º`;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** How something was sent, after "sent" / "enviada": "by email" / "por correo electrónico". */
const CHANNELS: Record<MessageLanguage, Record<DeliveryChannel, string>> = {
  en: {
    EMAIL: 'by email',
    LETTER: 'by mail',
    HAND_DELIVERED: 'by hand',
    PORTAL: "through the district's portal",
    PHONE: 'by phone',
    IN_PERSON: 'in person',
  },
  es: {
    EMAIL: 'por correo electrónico',
    LETTER: 'por correo postal',
    HAND_DELIVERED: 'en mano',
    PORTAL: 'por el portal del distrito',
    PHONE: 'por teléfono',
    IN_PERSON: 'en persona',
  },
};

/** The channel's words; a channel not known here is spelled out ("by fax" / "por fax"). */
export function channelWords(channel: string, language: MessageLanguage): string {
  const known = CHANNELS[language][channel as DeliveryChannel];
  if (known) return known;
  return `${language === 'en' ? 'by' : 'por'} ${channel.toLowerCase().replace(/_/g, ' ')}`;
}

/** "1 day", "5 days" / "1 día", "5 días". */
export function daysWords(days: number, language: MessageLanguage): string {
  if (language === 'es') return `${days} ${days === 1 ? 'día' : 'días'}`;
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** The units of a deadline's period, singular and plural (follow-up-messages.service.ts). */
const PERIOD_UNITS: Array<{ en: [string, string]; es: [string, string] }> = [
  { en: ['calendar day', 'calendar days'], es: ['día calendario', 'días calendario'] },
  { en: ['business day', 'business days'], es: ['día hábil', 'días hábiles'] },
  { en: ['school day', 'school days'], es: ['día escolar', 'días escolares'] },
  {
    en: ['school working day', 'school working days'],
    es: ['día hábil escolar', 'días hábiles escolares'],
  },
  { en: ['hour', 'hours'], es: ['hora', 'horas'] },
  { en: ['day', 'days'], es: ['día', 'días'] },
];

/**
 * A deadline's period ("15 school days") in the language; a period in other words is left as
 * it was written.
 */
export function periodWords(period: string, language: MessageLanguage): string {
  if (language === 'en') return period;
  const match = /^(\d+) (.+)$/.exec(period.trim());
  if (!match) return period;
  const [, count = '', unit = ''] = match;
  const known = PERIOD_UNITS.find(({ en }) => en.includes(unit));
  if (!known) return period;
  return `${count} ${known.es[Number(count) === 1 ? 0 : 1]}`;
}

/**
 * "Ana", "Ana and Ben", "Ana, Ben and Cy" / "Ana y Ben", "Ana, Ben y Cy" ("e" before a name
 * that starts with the sound i: "Ana e Isabel").
 */
export function joinNamesIn(names: readonly string[], language: MessageLanguage): string {
  if (language === 'en') return joinNames(names);
  if (names.length <= 1) return names[0] ?? '';
  const last = names[names.length - 1] ?? '';
  const and = /^h?[ií](?![aeiouáéíóú])/i.test(last) ? 'e' : 'y';
  return `${names.slice(0, -1).join(', ')} ${and} ${last}`;
}
