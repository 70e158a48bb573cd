import { InboundMatch } from '../model/inbound-message.enums';

/** What is known about a message when it is matched, all inside its organization. */
export interface MatchFacts {
  /** The request whose reply address it came to, unless that request is archived. */
  addressRequestId: string | null;
  /**
   * Requests of this organization that the message's thread names (its In-Reply-To, then
   * its References newest first; for a bounce, the failed message first), in that order.
   */
  threadRequestIds: string[];
  /** The most recent open (SENT) request addressed to a school contact with the sender's address. */
  senderRequestId: string | null;
}

export interface MatchDecision {
  match: InboundMatch | null;
  requestId: string | null;
  suggestedRequestId: string | null;
}

/**
 * Where a message is filed (README "Mail in", the matching rules):
 *
 * 1. The thread, when it names a message this organization sent about another of its
 *    requests than the address's: the school answered that letter or follow-up (THREAD).
 * 2. The request of the reply address it came to (REPLY_ADDRESS).
 * 3. The thread's request when the address's is archived (THREAD).
 * 4. Else, from a school contact with an open request: that request is suggested
 *    (SENDER_SUGGESTION), and the message waits in triage until an advocate confirms it.
 * 5. Else triage (no match).
 *
 * Everything here is the organization's own: the reply address's token (unguessable) chose
 * the organization, and nothing the sender writes can reach another's records.
 */
export function decideMatch(facts: MatchFacts): MatchDecision {
  const [threadRequestId] = facts.threadRequestIds;
  if (threadRequestId && threadRequestId !== facts.addressRequestId)
    return { match: InboundMatch.THREAD, requestId: threadRequestId, suggestedRequestId: null };
  if (facts.addressRequestId)
    return {
      match: InboundMatch.REPLY_ADDRESS,
      requestId: facts.addressRequestId,
      suggestedRequestId: null,
    };
  if (facts.senderRequestId)
    return {
      match: InboundMatch.SENDER_SUGGESTION,
      requestId: null,
      suggestedRequestId: facts.senderRequestId,
    };
  return { match: null, requestId: null, suggestedRequestId: null };
}
