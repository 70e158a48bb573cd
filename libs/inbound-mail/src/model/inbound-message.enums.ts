import { registerEnumType } from '@nestjs/graphql';

/**
 * Where a captured message stands. Ingestion sets UNCLASSIFIED, AUTO_REPLY or BOUNCE; an
 * advocate classifies a reply as CLASSIFIED_ANSWER or NOT_AN_ANSWER (and may change their mind,
 * or take an automatic reply for a real one).
 */
export enum InboundMessageStatus {
  /** A reply waiting for an advocate to say what it is. */
  UNCLASSIFIED = 'UNCLASSIFIED',
  /** An advocate recorded it as the school's answer. */
  CLASSIFIED_ANSWER = 'CLASSIFIED_ANSWER',
  /** An advocate read it: not an answer to the request. */
  NOT_AN_ANSWER = 'NOT_AN_ANSWER',
  /** An automatic reply (out of office…): never an answer. */
  AUTO_REPLY = 'AUTO_REPLY',
  /** A delivery failure report about a message OnRecord sent. */
  BOUNCE = 'BOUNCE',
}
registerEnumType(InboundMessageStatus, {
  name: 'InboundMessageStatus',
  valuesMap: {
    UNCLASSIFIED: { description: 'Waiting for an advocate to say what it is.' },
    CLASSIFIED_ANSWER: { description: "Recorded as the school's answer." },
    NOT_AN_ANSWER: { description: 'Read: not an answer to the request.' },
    AUTO_REPLY: { description: 'An automatic reply (out of office…): never counted as an answer.' },
    BOUNCE: { description: 'A delivery failure report: a message OnRecord sent did not arrive.' },
  },
});

/** How a captured message was tied to a request; none (null) means it waits in triage. */
export enum InboundMatch {
  /** Sent to the request's own reply address. */
  REPLY_ADDRESS = 'REPLY_ADDRESS',
  /** Its In-Reply-To or References name a message OnRecord sent about the request. */
  THREAD = 'THREAD',
  /**
   * From a school contact with open requests: a suggestion for an advocate to confirm, not a
   * match (it stays in triage).
   */
  SENDER_SUGGESTION = 'SENDER_SUGGESTION',
  /** An advocate filed it under the request (from triage, or moved from another request). */
  ADVOCATE = 'ADVOCATE',
}
registerEnumType(InboundMatch, {
  name: 'InboundMatch',
  valuesMap: {
    REPLY_ADDRESS: { description: "Sent to the request's own reply address." },
    THREAD: { description: 'Replies to a message OnRecord sent about the request.' },
    SENDER_SUGGESTION: {
      description:
        'From a school contact with open requests: a suggestion to confirm; it stays in triage.',
    },
    ADVOCATE: { description: 'An advocate filed it under the request.' },
  },
});

/** How the message reached OnRecord. */
export enum InboundChannel {
  SMTP = 'SMTP',
  WEBHOOK = 'WEBHOOK',
}
registerEnumType(InboundChannel, { name: 'InboundChannel' });
