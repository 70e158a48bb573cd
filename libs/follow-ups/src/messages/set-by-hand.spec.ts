import { defaultFollowUpTemplate } from './default-templates';
import { renderDigest } from './digest';
import { renderFollowUp } from './render';
import type { FollowUpFacts } from './message-facts';

/**
 * Issue 20, "Dates set by hand are not the law": a due date an advocate typed is never passed
 * off as the statute's. Before, a follow-up said "A response was due by <typed date>" and the
 * digest gave the typed date alone. Dates: 2025-11-20 is a Thursday, 2025-11-23 a Sunday.
 */
const facts: FollowUpFacts = {
  organizationName: 'Bay Area School Access Project',
  advocateName: 'Jordan Ellis',
  studentName: 'Maya R.',
  schoolName: 'Lincoln Middle School',
  districtName: 'Riverside Unified',
  householdName: 'Rivera household',
  recipientNames: ['Ms. Lee'],
  earlierRecipientNames: [],
  sequence: 1,
  request: {
    subject: 'Records request',
    typeLabel: 'copies of education records',
    sentOn: '2025-10-06',
    receivedOn: '2025-10-06',
    channel: 'EMAIL',
  },
  commitment: null,
  deadline: {
    dueOn: '2025-11-23',
    citation: null,
    ruleName: null,
    period: null,
    organizationDefault: false,
    setByHand: {
      reason: 'the parent agreed to an extension',
      ruleDueOn: '2025-11-20',
      ruleCitation: '34 CFR 300.613',
    },
  },
  daysOverdue: 2,
  respondBy: '2025-12-02',
  today: '2025-11-25',
  response: null,
  followUpPlannedOn: null,
};

const render = (kind: 'SCHOOL_FOLLOW_UP' | 'GUARDIAN_UPDATE', language: 'en' | 'es' = 'en') =>
  renderFollowUp(defaultFollowUpTemplate(kind, language).template, facts, language).text;

describe('a date set by hand', () => {
  it('is said to be so to the school, with the rule’s own date', () => {
    expect(render('SCHOOL_FOLLOW_UP')).toContain(
      'I asked for a response by Sunday, November 23, 2025, a date I set by hand (the parent agreed to an extension); under 34 CFR 300.613 the response was due by Thursday, November 20, 2025.',
    );
    expect(render('SCHOOL_FOLLOW_UP')).not.toContain('A response was due by');
  });

  it('is said to be so to the family, in English and Spanish', () => {
    expect(render('GUARDIAN_UPDATE')).toContain(
      'We asked the school to answer by Sunday, November 23, 2025, a date your advocate set (the parent agreed to an extension); the rule (34 CFR 300.613) gave Thursday, November 20, 2025.',
    );
    expect(render('GUARDIAN_UPDATE', 'es')).toContain(
      'una fecha fijada por su defensor (the parent agreed to an extension); la norma (34 CFR 300.613) daba el',
    );
  });

  it('is marked in the digest, as a provisional date is', () => {
    const { text } = renderDigest({
      advocateName: 'Jordan Ellis',
      organizationName: 'Bay Area School Access Project',
      today: '2025-11-25',
      overdue: [
        {
          caseTitle: 'Maya — school refusal',
          studentName: 'Maya R.',
          what: 'Request: Records request',
          dueOn: '2025-11-23',
          daysOverdue: 2,
          note: 'set by hand: the parent agreed to an extension',
        },
      ],
      dueSoon: [
        {
          caseTitle: 'Leo — evaluation',
          studentName: 'Leo K.',
          what: 'Request: Evaluation',
          dueOn: '2025-11-28',
          daysOverdue: 0,
          note: 'provisional: no school calendar for 2025-26 — add it',
        },
      ],
      draftsToApprove: [],
      failed: [],
    });
    expect(text).toContain(
      '- Maya R. — Request: Records request (Maya — school refusal): due Sunday, November 23, 2025 — 2 days overdue (set by hand: the parent agreed to an extension)',
    );
    expect(text).toContain('(provisional: no school calendar for 2025-26 — add it)');
  });
});
