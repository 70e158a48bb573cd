import { renderDigest, type DigestFacts, type DigestItem } from './digest';

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

  describe('messages from families', () => {
    const message = (guardianName: string, body: string) => ({
      guardianName,
      caseTitle: 'Mateo — school refusal',
      body,
    });

    it('lists them after what is due, one line each, and counts them in the subject', () => {
      const { subject, text } = renderDigest({
        ...digest,
        familyMessages: [
          message('Maria R.', 'He would not get out of the car.\n\nCan we talk tomorrow?'),
          message('Luis R.', 'The school called again.'),
        ],
      });
      expect(subject).toBe(
        'OnRecord for Wednesday, November 19, 2025: 2 overdue, 3 due soon, 2 messages from families, 1 draft to approve, 1 not sent',
      );
      expect(text).toContain(
        [
          '- Ada O. — Request for an evaluation (Ada O. — school refusal): due Friday, November 21, 2025',
          '',
          'Messages from families since your last digest (2):',
          '- Maria R. wrote on Mateo — school refusal: He would not get out of the car. Can we talk tomorrow?',
          '- Luis R. wrote on Mateo — school refusal: The school called again.',
          '',
          'Follow-up drafts waiting for your approval (1):',
        ].join('\n'),
      );
    });

    it('quotes the first 200 characters of a long one', () => {
      const long = `${'a'.repeat(195)} bcdefghij ${'z'.repeat(100)}`;
      const { text } = renderDigest({ ...digest, familyMessages: [message('Maria R.', long)] });
      expect(text).toContain(
        `- Maria R. wrote on Mateo — school refusal: ${'a'.repeat(195)} bcde…\n`,
      );
      expect(text).not.toContain('fghij');
    });

    it('is a digest of its own when families wrote and nothing else is due', () => {
      const { subject, text } = renderDigest({
        ...digest,
        overdue: [],
        dueSoon: [],
        draftsToApprove: [],
        failed: [],
        familyMessages: [message('Maria R.', '<b>Hola</b>, ¿podemos hablar?')],
      });
      expect(subject).toBe('OnRecord for Wednesday, November 19, 2025: 1 message from a family');
      expect(text).toContain('Here is what needs your attention today');
      expect(text).toContain(
        '- Maria R. wrote on Mateo — school refusal: <b>Hola</b>, ¿podemos hablar?',
      );
    });
  });

  it('escapes the HTML', () => {
    const html = renderDigest({ ...digest, overdue: [item('<i>Leo</i>', '2025-11-03', 16)] }).html;
    expect(html).toContain('&lt;i&gt;Leo&lt;/i&gt;');
    expect(html).not.toContain('<i>');
  });
});
