import { LetterTemplateError, MergeTemplateError } from '@onrecord/requests';
import { DEFAULT_FOLLOW_UP_TEMPLATES, defaultFollowUpTemplate } from './default-templates';
import { followUpTemplateProblems } from './merge-fields';
import type { FollowUpFacts } from './message-facts';
import { MESSAGE_LANGUAGES } from './message-language';
import { renderFollowUp } from './render';
import {
  facts,
  aboutCommitment,
  escalation,
  organizationDefault,
  noDeadline,
  KINDS,
  ASKING_KINDS,
  GUARDIAN_KINDS,
  render,
  answered,
  expectComplete,
} from './message-fixtures.testing';

describe('follow-up messages', () => {
  it('has the five kinds in English, the three to the family in Spanish too, each valid', () => {
    expect([...KINDS].sort()).toEqual([
      'ESCALATION',
      'GUARDIAN_ANSWERED',
      'GUARDIAN_OVERDUE',
      'GUARDIAN_UPDATE',
      'SCHOOL_FOLLOW_UP',
    ]);
    for (const kind of KINDS) {
      const languages = Object.keys(DEFAULT_FOLLOW_UP_TEMPLATES[kind]).sort();
      expect(languages).toEqual(GUARDIAN_KINDS.includes(kind) ? ['en', 'es'] : ['en']);
      for (const template of Object.values(DEFAULT_FOLLOW_UP_TEMPLATES[kind])) {
        expect(followUpTemplateProblems(template.subject)).toEqual([]);
        expect(followUpTemplateProblems(template.body)).toEqual([]);
      }
    }
  });

  it('falls back to the English template where there is none in the language', () => {
    expect(defaultFollowUpTemplate('SCHOOL_FOLLOW_UP', 'es')).toEqual({
      template: DEFAULT_FOLLOW_UP_TEMPLATES.SCHOOL_FOLLOW_UP.en,
      language: 'en',
    });
    expect(defaultFollowUpTemplate('ESCALATION', 'es').language).toBe('en');
    expect(defaultFollowUpTemplate('GUARDIAN_OVERDUE', 'es')).toEqual({
      template: DEFAULT_FOLLOW_UP_TEMPLATES.GUARDIAN_OVERDUE.es,
      language: 'es',
    });
    expect(defaultFollowUpTemplate('GUARDIAN_OVERDUE', 'en').template).toBe(
      DEFAULT_FOLLOW_UP_TEMPLATES.GUARDIAN_OVERDUE.en,
    );
  });

  const kindsAndLanguages = KINDS.flatMap((kind) =>
    MESSAGE_LANGUAGES.filter((language) => DEFAULT_FOLLOW_UP_TEMPLATES[kind][language]).map(
      (language) => [kind, language] as const,
    ),
  );

  it.each(kindsAndLanguages)(
    '%s (%s) renders completely for a request and for a commitment',
    (kind, language) => {
      const withEarlier = answered({ ...facts, earlierRecipientNames: ['Ms. Lee'] });
      expectComplete(render(kind, withEarlier, language));
      expectComplete(
        render(
          kind,
          answered({ ...aboutCommitment, earlierRecipientNames: ['Ms. Lee'] }),
          language,
        ),
      );
      const planned = { ...withEarlier, followUpPlannedOn: '2025-11-21' };
      expectComplete(render(kind, answered(planned), language));
    },
  );

  it('follows up on a request: the request, its date, the rule, no answer, a day to answer', () => {
    const message = render('SCHOOL_FOLLOW_UP', facts);
    expect(message.subject).toBe(
      'Follow-up: request for a full individual evaluation for Maya R. — answer was due Friday, November 14, 2025',
    );
    expect(message.text).toBe(
      [
        'Dear Ms. Lee and Mr. Park:',
        'I am writing to follow up on my written request of Monday, October 6, 2025, sent by email, for a full individual evaluation for Maya R. ("Request for a full individual evaluation: Maya R."). The school received it on Tuesday, October 7, 2025. Under Cal. Educ. Code § 56321(a), a response was due by Friday, November 14, 2025 (15 days): a proposed assessment plan, with a notice of the parent\'s rights. As of today, 5 days past the due date, I have no written answer on file.',
        'Please send me your written answer by Wednesday, November 26, 2025. A phone call or a conversation at school does not give us a record: please put your answer in writing. If you have already answered, please send me a copy so that our records match.',
        'Thank you for your attention to this.',
        'Sincerely,',
        'Jordan Ellis\nBay Area School Access Project',
      ].join('\n\n'),
    );
  });

  it('says what the rule requires in words written for the school, never the research note', () => {
    // Before: the TX rule's note, "PWN proposing the FIIE (with safeguards, TEA Overview,
    // consent form) or PWN refusing", was the only name a template could give the duty. The
    // service now passes the rule's plain words (readerDuty, libs/deadlines).
    const plain =
      "a Prior Written Notice proposing the full individual and initial evaluation, with the notice of procedural safeguards, the Texas Education Agency's Overview of Special Education for Parents and a consent form, or a Prior Written Notice refusing the evaluation, with the notice of procedural safeguards";
    const tx: FollowUpFacts = {
      ...facts,
      deadline: {
        ...facts.deadline,
        citation: '19 TAC 89.1011(a)–(b)',
        ruleName: plain,
        period: '15 school days',
      },
    };
    for (const kind of ['SCHOOL_FOLLOW_UP', 'ESCALATION'] as const) {
      const text = render(kind, { ...tx, sequence: kind === 'ESCALATION' ? 2 : 1 }).text;
      expect(text).toContain(
        `Under 19 TAC 89.1011(a)–(b), a response was due by Friday, November 14, 2025 (15 school days): ${plain}.`,
      );
      expect(text).not.toMatch(/FIIE|PWN|TEA/);
    }
  });

  it("follows up on a commitment instead: what the school committed to, when, and what's meanwhile", () => {
    const message = render('SCHOOL_FOLLOW_UP', aboutCommitment);
    expect(message.subject).toBe(
      "Follow-up: school's commitment on the request for a full individual evaluation for Maya R. — was due Friday, November 14, 2025",
    );
    expect(message.text).toContain(
      'The school committed on Tuesday, October 21, 2025 to the following, to be done by Friday, November 14, 2025: "Collect attendance and behavior data for four weeks, then meet". As of today, 5 days past the due date, I have nothing in writing to show that it has been done.',
    );
    expect(message.text).toContain(
      'Please tell me in writing by Wednesday, November 26, 2025 whether it has been done and, if not, when it will be and what will be done for Maya R. in the meantime.',
    );
    // The request's own deadline is not the point any more.
    expect(message.text).not.toContain('56321');
    expect(message.text).not.toContain('no written answer on file');
  });

  it('leaves out when the commitment was made if that is not known', () => {
    const message = render('SCHOOL_FOLLOW_UP', {
      ...aboutCommitment,
      commitment: { ...aboutCommitment.commitment!, promisedOn: null },
    });
    expect(message.text).toContain(
      'The school committed to the following, to be done by Friday, November 14, 2025:',
    );
    expect(message.missingFields).toEqual([]);
  });

  it("calls the organization's default a default, never a statutory deadline", () => {
    const school = render('SCHOOL_FOLLOW_UP', organizationDefault).text;
    expect(school).toContain(
      "I asked for a response by Friday, November 14, 2025, within 10 school days; that is the organization's default response time, not a statutory deadline.",
    );
    expect(school).not.toContain('Under ');
    expect(
      render('ESCALATION', { ...escalation, deadline: organizationDefault.deadline }).text,
    ).toContain("the organization's default response time, not a statutory deadline");
    const family = render('GUARDIAN_UPDATE', organizationDefault).text;
    expect(family).toContain('We asked the school to answer by Friday, November 14, 2025.');
    expect(family).not.toContain('had until');
  });

  it.each(KINDS)('%s says nothing of a deadline when there is no due day', (kind) => {
    const message = render(
      kind,
      answered({ ...noDeadline, earlierRecipientNames: ['Ms. Lee'], daysOverdue: 0 }),
    );
    expectComplete(message);
    expect(message.subject).not.toContain('due');
    for (const words of [
      'due by',
      'was due',
      'had until',
      'past the due date',
      'answer by Fri',
      'deadline',
      'on time',
      'date passed',
    ]) {
      expect(message.text).not.toContain(words);
    }
    if (ASKING_KINDS.includes(kind)) {
      expect(message.text).toContain('Wednesday, November 26, 2025'); // still asks for a day
    }
  });

  it.each(GUARDIAN_KINDS)('%s in Spanish says nothing of a deadline without a due day', (kind) => {
    const message = render(kind, answered({ ...noDeadline, daysOverdue: 0 }), 'es');
    expectComplete(message);
    for (const words of ['plazo', 'fecha límite', 'tenía hasta', 'a tiempo', 'fecha pasó']) {
      expect(message.subject).not.toContain(words);
      expect(message.text).not.toContain(words);
    }
  });

  it('escalates to the next contact: who was asked before, since when, and asks them to ensure an answer', () => {
    const message = render('ESCALATION', escalation);
    expect(message.subject).toBe(
      'Escalation (second follow-up): request for a full individual evaluation for Maya R. — answer was due Friday, November 14, 2025',
    );
    expect(message.text).toMatch(/^Dear Dr\. Nguyen:/);
    expect(message.text).toContain('This is my second follow-up in writing.');
    expect(message.text).toContain(
      'Since Monday, October 6, 2025, I have asked Ms. Lee and Mr. Park in writing for an answer, most recently in a written follow-up.',
    );
    expect(message.text).toContain(
      'As the next person responsible, please ensure that a written answer is sent to me by Wednesday, November 26, 2025.',
    );
    const commitment = render('ESCALATION', {
      ...escalation,
      commitment: aboutCommitment.commitment,
    });
    expect(commitment.text).toContain(
      'Since Friday, November 14, 2025, I have asked Ms. Lee and Mr. Park in writing whether it has been done.',
    );
  });

  it('tells the family in plain words what was followed up and what happens next', () => {
    const message = render('GUARDIAN_UPDATE', { ...facts, recipientNames: ['Ana Rivera'] });
    expect(message.subject).toBe(
      'Update on Maya R.: I followed up with the school about the request for a full individual evaluation',
    );
    expect(message.text).toMatch(/^Dear Ana Rivera,/);
    expect(message.text).toContain(
      'The school had until Friday, November 14, 2025 to answer (the rule is Cal. Educ. Code § 56321(a)). The school has not answered in writing.',
    );
    expect(message.text).toContain('What happens next:');
    for (const jargon of ['statutory', 'escalat', 'Assessment plan to the parent', 'on file']) {
      expect(message.text).not.toContain(jargon);
    }
    expect(render('GUARDIAN_UPDATE', aboutCommitment).text).toContain(
      'I also asked what will be done for Maya R. in the meantime.',
    );
  });

  it('signs every message with the advocate and the organization, and shows a missing name', () => {
    for (const kind of KINDS) {
      expect(render(kind, facts).text).toMatch(/\n\nJordan Ellis\nBay Area School Access Project$/);
    }
    const unsigned = render('SCHOOL_FOLLOW_UP', { ...facts, advocateName: null });
    expect(unsigned.text).toContain("[advocate's name]\nBay Area School Access Project");
    expect(unsigned.missingFields).toEqual(['advocate.name']);
  });

  it('keeps values as text in the HTML', () => {
    const message = render('SCHOOL_FOLLOW_UP', {
      ...facts,
      studentName: '<b>Maya</b>',
      organizationName: 'Parents & Kids',
    });
    expect(message.text).toContain('for <b>Maya</b> (');
    expect(message.html).toContain('for &lt;b&gt;Maya&lt;/b&gt; (');
    expect(message.html).toContain('Parents &amp; Kids');
    expect(message.html).not.toContain('<b>');
  });

  it('keeps the subject on one line', () => {
    const message = render('SCHOOL_FOLLOW_UP', {
      ...facts,
      request: { ...facts.request, typeLabel: 'an evaluation\nBcc: someone@example.com' },
    });
    expect(message.subject).toBe(
      'Follow-up: request for an evaluation Bcc: someone@example.com for Maya R. — answer was due Friday, November 14, 2025',
    );
  });

  it('reports unknown fields and refuses to render them', () => {
    expect(
      followUpTemplateProblems('Dear {{recipients}}: {{student.grade}} {{guardian.name}}'),
    ).toEqual([
      'uses unknown merge fields {{student.grade}}, {{guardian.name}} (followUpMergeFields lists the fields)',
    ]);
    expect(followUpTemplateProblems('{{#daysOverdue}}late')).toEqual([
      'has a section not opened and closed with the same field: {{#daysOverdue}}',
    ]);
    let error: unknown;
    try {
      renderFollowUp({ subject: 'x', body: '{{request.reason}}' }, facts);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(MergeTemplateError);
    expect(error).not.toBeInstanceOf(LetterTemplateError);
    expect((error as Error).message).toBe(
      'The follow-up template uses unknown merge field {{request.reason}} (followUpMergeFields lists the fields).',
    );
  });
});
