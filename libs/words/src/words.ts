import type { DeliveryChannel, ResponseOutcome, WrittenRequestType } from '@onrecord/requests';

/**
 * The shape of one language's words (en.ts, es.ts): every language says the same things.
 * Templates use the follow-ups' merge fields (FOLLOW_UP_MERGE_FIELDS in libs/follow-ups);
 * the portal's emails are written out, not templated.
 */

/** A message with merge fields: its subject and its body. */
export interface MessageTemplate {
  subject: string;
  body: string;
}

/** An email written out: its subject and its paragraphs, in order. */
export interface EmailWords {
  subject: string;
  paragraphs: string[];
}

/** The units a deadline's period is counted in. */
export type PeriodUnit =
  'CALENDAR_DAY' | 'BUSINESS_DAY' | 'SCHOOL_DAY' | 'SCHOOL_WORKING_DAY' | 'HOUR' | 'DAY';

/** What the school did instead of deciding (stall.rules.ts in libs/requests). */
export type StallWord = 'DEFERRED' | 'REFUSED_WITHOUT_PWN';

export interface Words {
  /** The built-in messages to a family about a follow-up (messages to schools: en.ts only). */
  guardianUpdate: MessageTemplate;
  guardianOverdue: MessageTemplate;
  guardianAnswered: MessageTemplate;

  /** What the organization-default deadline is called. */
  organizationDefault: string;
  /** What was asked, e.g. "a full individual evaluation". */
  requestTypes: Record<WrittenRequestType, string>;
  /** What the school answered, in plain words a family reads, as a whole clause. */
  outcomes: Record<ResponseOutcome, string>;
  /** Which one, as a word (1 → "first"), then in figures. */
  ordinal(n: number): string;
  /** How something was sent, after "sent": "by email". */
  channels: Record<DeliveryChannel, string>;
  /** Before a channel with no words here: "by" ("by fax"). */
  otherChannel: string;
  /** "1 day", "5 days". */
  days(n: number): string;
  /** A period's unit, singular and plural: "school day", "school days". */
  periodUnits: Record<PeriodUnit, readonly [one: string, many: string]>;
  /** What a stall was, as a clause. */
  stalls: Record<StallWord, string>;
  /** After a count of days: how late an answer came. */
  afterTheDeadline: string;
  /** Between a commitment and its due day: '"collect data" by Friday…'. */
  dueBy: string;
  /** Above a message's first text: where the text in this language is. */
  textBelow: string;

  /** The family portal's emails. */
  portal: {
    /** The sign-in link a guardian asked for; `organizations` already joined. */
    signInLink(facts: { link: string; minutesValid: number; organizations: string }): EmailWords;
    /** An advocate invited a guardian to the portal; `students` already joined. */
    invitation(facts: {
      guardianName: string;
      organizationName: string;
      advocateName: string | null;
      students: string;
      severalStudents: boolean;
      portalUrl: string;
      email: string;
    }): EmailWords;
  };

  /** The parent survey's email: a few questions about the organization's help, by link. */
  parentSurvey: {
    invitation(facts: {
      guardianName: string;
      organizationName: string;
      studentName: string | null;
      link: string;
      questionCount: number;
      daysValid: number;
    }): EmailWords;
  };
}
