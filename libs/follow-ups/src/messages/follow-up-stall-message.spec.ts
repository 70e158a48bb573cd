import { defaultFollowUpTemplate } from './default-templates';
import { renderFollowUp } from './render';
import type { FollowUpFacts } from './message-facts';
import type { MessageLanguage } from './message-language';

/*
 * Issue 20, "A stall is not an answer" and "family notices say only what is certain": the
 * words of a follow-up after a stall, the family's "the school answered" with what it
 * promised, and a family notice when the next follow-up waits for an approval.
 *
 * Days checked with `date -d <day> +%A`: 2025-10-06 Monday, 2025-10-07 Tuesday, 2025-10-20
 * Monday, 2025-10-21 Tuesday, 2025-10-22 Wednesday, 2025-10-29 Wednesday, 2025-11-14 Friday.
 * The CA scenario: evaluation request received 10-07, assessment plan due 10-21 (EC 56321);
 * on 10-20 the school defers for data, no plan, no PWN; the follow-up goes on 10-22.
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
    subject: 'Request for a full individual evaluation: Maya R.',
    typeLabel: 'a full individual evaluation',
    type: 'EVALUATION' as FollowUpFacts['request']['type'],
    sentOn: '2025-10-06',
    receivedOn: '2025-10-07',
    channel: 'EMAIL',
  },
  commitment: null,
  deadline: {
    dueOn: '2025-10-21',
    citation: 'Cal. Educ. Code § 56321(a)',
    ruleName: null,
    period: '15 days',
    organizationDefault: false,
  },
  daysOverdue: 1, // 10-21 → 10-22
  respondBy: '2025-10-29',
  today: '2025-10-22',
  response: {
    receivedOn: '2025-10-20',
    outcome: 'DEFERRED_NEEDS_DATA',
    summary: null,
    daysLate: 0,
    stall: 'DEFERRED',
    commitments: [{ description: 'Run SST interventions for six weeks', dueOn: '2025-11-14' }],
  },
  followUpPlannedOn: null,
};

const render = (
  kind: Parameters<typeof defaultFollowUpTemplate>[0],
  with_: FollowUpFacts,
  language: MessageLanguage = 'en',
) => renderFollowUp(defaultFollowUpTemplate(kind, language).template, with_, language);

describe('follow-ups after a stall', () => {
  it('tells the school its deferral does not answer the request and asks for Prior Written Notice', () => {
    const message = render('SCHOOL_FOLLOW_UP', facts);
    expect(message.missingFields).toEqual([]);
    expect(message.text.split('\n\n')[1]).toBe(
      'I am writing to follow up on my written request of Monday, October 6, 2025, sent by email, for a full individual evaluation for Maya R. ("Request for a full individual evaluation: Maya R."). The school received it on Tuesday, October 7, 2025. Under Cal. Educ. Code § 56321(a), a response was due by Tuesday, October 21, 2025 (15 days). On Monday, October 20, 2025, the school said it needs more data before it decides, and committed to "Run SST interventions for six weeks" by Friday, November 14, 2025. That does not answer the request: the school has not given me its decision in writing. Please send me Prior Written Notice (34 CFR 300.503) of the school\'s decision on a full individual evaluation for Maya R.: what the school proposes or refuses to do, why, and what it based that on.',
    );
    expect(message.text).not.toContain('I have no written answer on file');
  });

  it('says a no without notice is not a decision, and asks 504 accommodations for their own notice', () => {
    const refused: FollowUpFacts = {
      ...facts,
      request: {
        ...facts.request,
        typeLabel: 'accommodations',
        type: 'ACCOMMODATIONS' as FollowUpFacts['request']['type'],
      },
      response: {
        ...facts.response!,
        outcome: 'DENIED',
        stall: 'REFUSED_WITHOUT_PWN',
        commitments: [],
      },
    };
    const text = render('ESCALATION', {
      ...refused,
      sequence: 2,
      earlierRecipientNames: ['Ms. Lee'],
    }).text;
    expect(text).toContain(
      'On Monday, October 20, 2025, the school said no without giving Prior Written Notice. That does not answer the request',
    );
    expect(text).toContain(
      "Please send me written notice of the decision and of the procedural safeguards (34 CFR 104.36) of the school's decision on accommodations for Maya R.",
    );
  });

  it("tells the family what the school promised, and that it is not yet a decision (not 'on time')", () => {
    const family = { ...facts, recipientNames: ['Ana Rivera'], daysOverdue: 0 };
    const en = render('GUARDIAN_ANSWERED', family);
    expect(en.text.split('\n\n').slice(1, 4)).toEqual([
      'The school has answered the request for a full individual evaluation for Maya R. that we sent on Monday, October 6, 2025. Its written answer arrived on Monday, October 20, 2025.',
      'In short: the school has not decided yet; it says it needs more information first. The school committed to "Run SST interventions for six weeks" by Friday, November 14, 2025.',
      "This is not yet the school's decision: the request stays open, and the school still has to answer it (the deadline is Tuesday, October 21, 2025).",
    ]);
    const es = render('GUARDIAN_ANSWERED', family, 'es');
    expect(es.missingFields).toEqual([]);
    expect(es.text).toContain(
      'La escuela se comprometió a lo siguiente: "Run SST interventions for six weeks" a más tardar el viernes, 14 de noviembre de 2025.',
    );
  });
});

describe('family notices say only what is certain', () => {
  const overdue: FollowUpFacts = {
    ...facts,
    recipientNames: ['Ana Rivera'],
    response: null,
  };

  it('names the day of the next follow-up only when it will go out by itself', () => {
    // followUpPlannedOn is set by the service only for a follow-up PLANNED or QUEUED that
    // needs no approval; a draft leaves it empty.
    const planned = render('GUARDIAN_OVERDUE', { ...overdue, followUpPlannedOn: '2025-10-22' });
    expect(planned.text).toContain(
      'What happens next: I will follow up with the school in writing on Wednesday, October 22, 2025 and ask for a written answer.',
    );
    const draft = render('GUARDIAN_OVERDUE', overdue);
    expect(draft.text).toContain(
      'What happens next: the next step is a written follow-up to the school asking for a written answer.',
    );
    expect(draft.text).not.toMatch(/I will follow up with the school/);
    const draftEs = render('GUARDIAN_OVERDUE', overdue, 'es');
    expect(draftEs.text).toContain(
      'Lo que sigue: el siguiente paso es escribirle a la escuela para darle seguimiento y pedirle una respuesta por escrito.',
    );
  });
});
