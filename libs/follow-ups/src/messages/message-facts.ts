import type { MessageTemplate } from '@onrecord/words';
import type { WrittenRequestType } from '@onrecord/requests';

/**
 * What a follow-up message is made of: its kind, its template, the facts it may say, and what
 * rendering gives. The lead's services gather the facts (follow-up-messages.service.ts);
 * merge-values.ts turns them into merge values, render.ts into a message.
 */

export type FollowUpTemplateKind =
  'SCHOOL_FOLLOW_UP' | 'ESCALATION' | 'GUARDIAN_UPDATE' | 'GUARDIAN_OVERDUE' | 'GUARDIAN_ANSWERED';

/** A template's subject and body, over FOLLOW_UP_MERGE_FIELDS (merge-fields.ts). */
export type FollowUpTemplateText = MessageTemplate;

/**
 * Everything a follow-up message may say (gathered by the lead's service). Dates are IsoDate
 * 'YYYY-MM-DD'.
 */
export interface FollowUpFacts {
  organizationName: string;
  advocateName: string | null;
  /** The advocate's address, where replies go: in the signature. */
  advocateEmail?: string | null;
  studentName: string;
  schoolName: string | null;
  districtName: string | null;
  householdName: string;
  /** Who this message is addressed to (school contacts, or guardians for a GUARDIAN_*). */
  recipientNames: string[];
  /** For an escalation: the contacts asked before, who did not answer. */
  earlierRecipientNames: string[];
  /** 1 = first follow-up to the school; 2, 3… = escalations. */
  sequence: number;
  request: {
    subject: string;
    /** What was asked, in English (REQUEST_TYPE_LABELS, or the subject for OTHER). */
    typeLabel: string;
    /**
     * The request's type, for its words in another language; when not given, the type whose
     * English label `typeLabel` is. A label of no type (OTHER's subject) stays as written.
     */
    type?: WrittenRequestType | null;
    sentOn: string | null;
    receivedOn: string | null;
    channel: string | null;
  };
  /** Set when the follow-up is about a school's commitment rather than the request itself. */
  commitment: { description: string; dueOn: string; promisedOn: string | null } | null;
  deadline: {
    dueOn: string | null;
    citation: string | null;
    ruleName: string | null;
    period: string | null;
    organizationDefault: boolean;
    /** Set when an advocate typed the date: why, and what the rule itself gives. */
    setByHand?: { reason: string; ruleDueOn: string | null; ruleCitation: string | null } | null;
  };
  /** How many days past the deadline (or the commitment's due day) it is today (0 or more). */
  daysOverdue: number;
  /** The day a written answer is asked for. */
  respondBy: string;
  today: string;
  /**
   * The school's written answer, for a GUARDIAN_ANSWERED (about a commitment: the answer that
   * says it was done). `outcome` is a ResponseOutcome; `daysLate` is how many days after the
   * deadline (or the commitment's due day) it came, 0 when on time or there was none.
   */
  response: {
    receivedOn: string;
    outcome: string;
    summary: string | null;
    daysLate: number;
    /**
     * Set when the answer does not discharge the request (stall.rules.ts in libs/requests):
     * DEFERRED ("we need more data") or REFUSED_WITHOUT_PWN. The request is still owed.
     */
    stall?: 'DEFERRED' | 'REFUSED_WITHOUT_PWN' | null;
    /** What the school committed to in that answer, each with its due day. */
    commitments?: Array<{ description: string; dueOn: string }>;
  } | null;
  /** The day the advocate will follow up with the school in writing, if one is planned. */
  followUpPlannedOn: string | null;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}
