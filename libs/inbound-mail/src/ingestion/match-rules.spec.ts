import { InboundMatch } from '../model/inbound-message.enums';
import { decideMatch } from './match-rules';

const none = { addressRequestId: null, threadRequestIds: [], senderRequestId: null };

describe('decideMatch', () => {
  it('files under the reply address’s request', () => {
    expect(decideMatch({ ...none, addressRequestId: 'a', senderRequestId: 's' })).toEqual({
      match: InboundMatch.REPLY_ADDRESS,
      requestId: 'a',
      suggestedRequestId: null,
    });
  });

  it('says REPLY_ADDRESS when the thread names the same request', () => {
    expect(decideMatch({ ...none, addressRequestId: 'a', threadRequestIds: ['a'] }).match).toBe(
      InboundMatch.REPLY_ADDRESS,
    );
  });

  it('lets the thread win when it names another request of the organization', () => {
    expect(decideMatch({ ...none, addressRequestId: 'a', threadRequestIds: ['b', 'a'] })).toEqual({
      match: InboundMatch.THREAD,
      requestId: 'b',
      suggestedRequestId: null,
    });
  });

  it('follows the thread when the address’s request is archived (none given)', () => {
    expect(decideMatch({ ...none, threadRequestIds: ['b'] }).requestId).toBe('b');
  });

  it('only suggests the sender’s open request, leaving the message in triage', () => {
    expect(decideMatch({ ...none, senderRequestId: 's' })).toEqual({
      match: InboundMatch.SENDER_SUGGESTION,
      requestId: null,
      suggestedRequestId: 's',
    });
  });

  it('leaves the rest in triage', () => {
    expect(decideMatch(none)).toEqual({ match: null, requestId: null, suggestedRequestId: null });
  });
});
