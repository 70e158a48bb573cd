import { DEFAULT_FOLLOW_UP_TEMPLATES } from './default-templates';
import { renderFollowUp, replySubject } from './render';
import type { FollowUpFacts } from './message-facts';

const facts: FollowUpFacts = {
  organizationName: 'Bay Area School Access Project',
  advocateName: 'Jordan Ellis',
  advocateEmail: 'jordan.ellis@basap.example.org',
  studentName: 'Maya R.',
  schoolName: 'Lincoln Middle School',
  districtName: 'Riverside Unified',
  householdName: 'Rivera household',
  recipientNames: ['Ms. Lee'],
  earlierRecipientNames: ['Mr. Park'],
  sequence: 1,
  request: {
    subject: 'Request for a full individual evaluation: Maya R.',
    typeLabel: 'a full individual evaluation',
    sentOn: '2025-10-06',
    receivedOn: '2025-10-07',
    channel: 'EMAIL',
  },
  commitment: null,
  deadline: {
    dueOn: '2025-11-14',
    citation: 'Cal. Educ. Code § 56321(a)',
    ruleName: 'Assessment plan to the parent',
    period: '15 days',
    organizationDefault: false,
  },
  daysOverdue: 5,
  respondBy: '2025-11-26',
  today: '2025-11-19',
  response: null,
  followUpPlannedOn: null,
};

describe('replySubject', () => {
  it('is "Re: " and the request’s subject, on one line', () => {
    expect(replySubject('Request for a full individual evaluation: Maya R.')).toBe(
      'Re: Request for a full individual evaluation: Maya R.',
    );
    expect(replySubject('  Records\n request  ')).toBe('Re: Records request');
  });

  it('never stacks a second "Re:"', () => {
    expect(replySubject('RE: Records request')).toBe('Re: Records request');
    expect(replySubject('Re: re:Records request')).toBe('Re: Records request');
  });
});

describe('the signature', () => {
  it('gives the advocate’s name, the organization and the advocate’s address', () => {
    for (const kind of ['SCHOOL_FOLLOW_UP', 'ESCALATION', 'GUARDIAN_UPDATE'] as const) {
      const message = renderFollowUp(DEFAULT_FOLLOW_UP_TEMPLATES[kind].en!, facts);
      expect(
        message.text.endsWith(
          'Jordan Ellis\nBay Area School Access Project\njordan.ellis@basap.example.org',
        ),
      ).toBe(true);
      expect(message.missingFields).toEqual([]);
    }
  });

  it('leaves the address out, with nothing missing, when none is on file', () => {
    const message = renderFollowUp(DEFAULT_FOLLOW_UP_TEMPLATES.SCHOOL_FOLLOW_UP.en!, {
      ...facts,
      advocateEmail: null,
    });
    expect(message.text.endsWith('Jordan Ellis\nBay Area School Access Project')).toBe(true);
    expect(message.missingFields).toEqual([]);
  });
});
