import {
  createMergeEngine,
  LetterTemplateError,
  MergeTemplateError,
  renderTemplate,
} from '@onrecord/requests';
import {
  DEFAULT_FOLLOW_UP_TEMPLATES,
  followUpTemplateProblems,
  followUpValues,
  ordinal,
  renderDigest,
  renderFailureNotice,
  renderFollowUp,
  type DigestFacts,
  type DigestItem,
  type FollowUpFacts,
  type FollowUpTemplateKind,
} from './follow-up-message';

/*
 * Week days checked with `date -d <day> +%A`: 2025-10-06 Monday, 2025-10-07 Tuesday,
 * 2025-10-21 Tuesday, 2025-11-03 Monday, 2025-11-14 Friday, 2025-11-19 Wednesday,
 * 2025-11-20 Thursday, 2025-11-21 Friday, 2025-11-26 Wednesday. 2025-11-14 → 2025-11-19 is
 * 5 days (daysOverdue).
 */
const facts: FollowUpFacts = {
  organizationName: 'Bay Area School Access Project',
  advocateName: 'Jordan Ellis',
  studentName: 'Maya R.',
  schoolName: 'Lincoln Middle School',
  districtName: 'Riverside Unified',
  householdName: 'Rivera household',
  recipientNames: ['Ms. Lee', 'Mr. Park'],
  earlierRecipientNames: [],
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
};

const aboutCommitment: FollowUpFacts = {
  ...facts,
  commitment: {
    description: 'Collect attendance and behavior data for four weeks, then meet',
    dueOn: '2025-11-14',
    promisedOn: '2025-10-21',
  },
};

const escalation: FollowUpFacts = {
  ...facts,
  recipientNames: ['Dr. Nguyen'],
  earlierRecipientNames: ['Ms. Lee', 'Mr. Park'],
  sequence: 2,
};

const organizationDefault: FollowUpFacts = {
  ...facts,
  deadline: {
    dueOn: '2025-11-14',
    citation: null,
    ruleName: null,
    period: '10 school days',
    organizationDefault: true,
  },
};

const noDeadline: FollowUpFacts = {
  ...facts,
  deadline: {
    dueOn: null,
    citation: null,
    ruleName: null,
    period: null,
    organizationDefault: false,
  },
};

const KINDS = Object.keys(DEFAULT_FOLLOW_UP_TEMPLATES) as FollowUpTemplateKind[];

const render = (kind: FollowUpTemplateKind, with_: FollowUpFacts) =>
  renderFollowUp(DEFAULT_FOLLOW_UP_TEMPLATES[kind], with_);

/** Nothing left to fill: no tag, no "[placeholder]". */
const expectComplete = (message: { subject: string; text: string; missingFields: string[] }) => {
  expect(message.missingFields).toEqual([]);
  for (const part of [message.subject, message.text]) expect(part).not.toMatch(/\{\{|\}\}|\[/);
};

describe('follow-up messages', () => {
  it('has the three kinds, each a valid template', () => {
    expect(KINDS.sort()).toEqual(['ESCALATION', 'GUARDIAN_UPDATE', 'SCHOOL_FOLLOW_UP']);
    for (const kind of KINDS) {
      expect(followUpTemplateProblems(DEFAULT_FOLLOW_UP_TEMPLATES[kind].subject)).toEqual([]);
      expect(followUpTemplateProblems(DEFAULT_FOLLOW_UP_TEMPLATES[kind].body)).toEqual([]);
    }
  });

  it.each(KINDS)('%s renders completely for a request and for a commitment', (kind) => {
    const withEarlier = { ...facts, earlierRecipientNames: ['Ms. Lee'] };
    expectComplete(render(kind, withEarlier));
    expectComplete(render(kind, { ...aboutCommitment, earlierRecipientNames: ['Ms. Lee'] }));
  });

  it('follows up on a request: the request, its date, the rule, no answer, a day to answer', () => {
    const message = render('SCHOOL_FOLLOW_UP', facts);
    expect(message.subject).toBe(
      'Follow-up: request for a full individual evaluation for Maya R. — answer was due Friday, November 14, 2025',
    );
    expect(message.text).toBe(
      [
        'Dear Ms. Lee and Mr. Park:',
        'I am writing to follow up on my written request of Monday, October 6, 2025, sent by email, for a full individual evaluation for Maya R. ("Request for a full individual evaluation: Maya R."). The school received it on Tuesday, October 7, 2025. Under Cal. Educ. Code § 56321(a) (Assessment plan to the parent), a response was due by Friday, November 14, 2025 (15 days). As of today, 5 days past the due date, I have no written answer on file.',
        'Please send me your written answer by Wednesday, November 26, 2025. A phone call or a conversation at school does not give us a record: please put your answer in writing. If you have already answered, please send me a copy so that our records match.',
        'Thank you for your attention to this.',
        'Sincerely,',
        'Jordan Ellis\nBay Area School Access Project',
      ].join('\n\n'),
    );
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
    const message = render(kind, { ...noDeadline, earlierRecipientNames: ['Ms. Lee'] });
    expectComplete(message);
    expect(message.subject).not.toContain('due');
    for (const words of ['due by', 'was due', 'had until', 'past the due date', 'answer by Fri']) {
      expect(message.text).not.toContain(words);
    }
    expect(message.text).toContain('Wednesday, November 26, 2025'); // still asks for a day
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

  describe('values', () => {
    it('writes dates long, names joined, the follow-up as a word, days in words', () => {
      const values = followUpValues({ ...escalation, commitment: aboutCommitment.commitment });
      expect(values['request.sentOn']).toBe('Monday, October 6, 2025');
      expect(values['commitment.promisedOn']).toBe('Tuesday, October 21, 2025');
      expect(values.today).toBe('Wednesday, November 19, 2025');
      expect(values.earlierRecipients).toBe('Ms. Lee and Mr. Park');
      expect(values['followUp.number']).toBe('second');
      expect(values.daysOverdue).toBe('5 days');
      expect(values['request.channel']).toBe('by email');
      expect(values['deadline.organizationDefault']).toBeNull();
      expect(followUpValues({ ...facts, daysOverdue: 1 }).daysOverdue).toBe('1 day');
      expect(followUpValues({ ...facts, daysOverdue: 0 }).daysOverdue).toBeNull();
      expect(followUpValues(noDeadline)['deadline.dueOn']).toBeNull();
      const byHand = { ...facts, request: { ...facts.request, channel: 'HAND_DELIVERED' } };
      expect(followUpValues(byHand)['request.channel']).toBe('by hand');
    });

    it('counts follow-ups in words, then in figures', () => {
      expect([1, 3, 8, 9, 11, 12, 13, 21, 22, 23, 112].map(ordinal)).toEqual([
        'first',
        'third',
        'eighth',
        '9th',
        '11th',
        '12th',
        '13th',
        '21st',
        '22nd',
        '23rd',
        '112th',
      ]);
    });
  });

  describe('the generalized merge engine', () => {
    it('serves other fields, with their own placeholders and name', () => {
      const engine = createMergeEngine(
        [{ name: 'meeting.day', description: 'The day.', placeholder: '[meeting day]' }],
        'meeting template',
      );
      const missing = new Set<string>();
      expect(
        engine.render('On {{meeting.day}}{{#meeting.day}}!{{/meeting.day}}', {}, missing),
      ).toBe('On [meeting day]');
      expect([...missing]).toEqual(['meeting.day']);
      expect(() => engine.render('{{student.name}}', {})).toThrow(
        'The meeting template uses unknown merge field {{student.name}} (mergeFields lists the fields).',
      );
    });

    it('leaves letters as they were: their fields only, their error', () => {
      const rendering = () => renderTemplate('{{followUp.number}}', {});
      expect(rendering).toThrow(LetterTemplateError);
      expect(rendering).toThrow(
        'The letter template uses unknown merge field {{followUp.number}} (mergeFields lists the fields).',
      );
    });
  });
});

describe('the daily digest', () => {
  const item = (studentName: string, dueOn: string, daysOverdue: number): DigestItem => ({
    caseTitle: `${studentName} — school refusal`,
    studentName,
    what: 'Request for an evaluation',
    dueOn,
    daysOverdue,
  });
  const today = '2025-11-19';
  const digest: DigestFacts = {
    advocateName: 'Jordan Ellis',
    organizationName: 'Bay Area School Access Project',
    today,
    // Given out of order: 11-14 is 5 days before today, 11-03 is 16.
    overdue: [item('Maya R.', '2025-11-14', 5), item('Leo K.', '2025-11-03', 16)],
    dueSoon: [
      item('Ada O.', '2025-11-21', 0),
      item('Ben B.', today, 0),
      item('Cy D.', '2025-11-20', 0),
    ],
    draftsToApprove: [
      { ...item('Maya R.', '2025-11-14', 5), what: 'Commitment: collect data for four weeks' },
    ],
    failed: [{ ...item('Eve F.', '2025-11-10', 9), error: '550 5.1.1 mailbox unavailable' }],
  };

  it('lists overdue first (most overdue first), then due soon (soonest first), drafts, failures', () => {
    const { subject, text } = renderDigest(digest);
    expect(subject).toBe(
      'OnRecord for Wednesday, November 19, 2025: 2 overdue, 3 due soon, 1 draft to approve, 1 not sent',
    );
    expect(text).toBe(
      [
        'Hello Jordan Ellis,',
        'Here is what needs your attention today in Bay Area School Access Project.',
        [
          'Overdue (2), most overdue first:',
          '- Leo K. — Request for an evaluation (Leo K. — school refusal): due Monday, November 3, 2025 — 16 days overdue',
          '- Maya R. — Request for an evaluation (Maya R. — school refusal): due Friday, November 14, 2025 — 5 days overdue',
        ].join('\n'),
        [
          'Due soon (3):',
          '- Ben B. — Request for an evaluation (Ben B. — school refusal): due today',
          '- Cy D. — Request for an evaluation (Cy D. — school refusal): due tomorrow, Thursday, November 20, 2025',
          '- Ada O. — Request for an evaluation (Ada O. — school refusal): due Friday, November 21, 2025',
        ].join('\n'),
        [
          'Follow-up drafts waiting for your approval (1):',
          '- Maya R. — Commitment: collect data for four weeks (Maya R. — school refusal): due Friday, November 14, 2025 — 5 days overdue',
        ].join('\n'),
        [
          "Follow-ups that could not be sent (1) — check the recipients' email addresses:",
          '- Eve F. — Request for an evaluation (Eve F. — school refusal): 550 5.1.1 mailbox unavailable',
        ].join('\n'),
        'Open OnRecord to record answers, approve drafts and see each case.',
      ].join('\n\n'),
    );
  });

  it('does not reorder what it was given', () => {
    const before = digest.overdue.map((i) => i.studentName);
    renderDigest(digest);
    expect(digest.overdue.map((i) => i.studentName)).toEqual(before);
  });

  it('leaves out the sections with nothing in them', () => {
    const { subject, text } = renderDigest({
      ...digest,
      overdue: [],
      draftsToApprove: [],
      failed: [],
    });
    expect(subject).toBe('OnRecord for Wednesday, November 19, 2025: 3 due soon');
    expect(text).toContain('Due soon (3):');
    for (const gone of ['Overdue', 'drafts waiting', 'could not be sent']) {
      expect(text).not.toContain(gone);
    }
    const empty = renderDigest({
      ...digest,
      overdue: [],
      dueSoon: [],
      draftsToApprove: [],
      failed: [],
    });
    expect(empty.subject).toBe('OnRecord for Wednesday, November 19, 2025: nothing due');
    expect(empty.text).toContain('Nothing is overdue, due soon or waiting for your approval');
  });

  it('escapes the HTML', () => {
    const html = renderDigest({ ...digest, overdue: [item('<i>Leo</i>', '2025-11-03', 16)] }).html;
    expect(html).toContain('&lt;i&gt;Leo&lt;/i&gt;');
    expect(html).not.toContain('<i>');
  });
});

describe('the failure notice', () => {
  const failure = {
    advocateName: 'Jordan Ellis',
    what: 'Follow-up to the school: request for an evaluation',
    caseTitle: 'Maya R. — school refusal',
    recipients: ['Ms. Lee', 'Mr. Park'],
    error: '550 5.1.1 <lee@example.org>: mailbox unavailable',
  };

  it('says what was not sent, to whom, why, and what to do', () => {
    const { subject, text, html } = renderFailureNotice(failure);
    expect(subject).toBe(
      'Follow-up not sent: Follow-up to the school: request for an evaluation (Maya R. — school refusal)',
    );
    expect(text).toContain(
      [
        'What: Follow-up to the school: request for an evaluation',
        'Case: Maya R. — school refusal',
        'To: Ms. Lee and Mr. Park',
        'Error: 550 5.1.1 <lee@example.org>: mailbox unavailable',
      ].join('\n'),
    );
    expect(text).toContain("check the recipients' email addresses");
    expect(text).toContain('listed as FAILED in OnRecord');
    expect(html).toContain('&lt;lee@example.org&gt;');
  });

  it('greets without a name and says when there was nobody to send to', () => {
    const { text } = renderFailureNotice({ ...failure, advocateName: null, recipients: [] });
    expect(text).toMatch(/^Hello,\n\n/);
    expect(text).toContain('To: (no recipients)');
  });
});
