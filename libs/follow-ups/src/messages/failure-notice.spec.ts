import { renderFailureNotice } from './failure-notice';

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

  it('says the request was not sent when it was the request OnRecord was emailing', () => {
    const { subject, text } = renderFailureNotice({
      ...failure,
      what: 'Request: Request for a full individual evaluation',
      letter: true,
    });
    expect(subject).toBe(
      'Request not sent: Request: Request for a full individual evaluation (Maya R. — school refusal)',
    );
    expect(text).toContain('A request could not be sent, so nobody has received it.');
    expect(text).toContain('The request is listed as FAILED in OnRecord');
    expect(text).not.toContain('follow-up');
  });

  it('greets without a name and says when there was nobody to send to', () => {
    const { text } = renderFailureNotice({ ...failure, advocateName: null, recipients: [] });
    expect(text).toMatch(/^Hello,\n\n/);
    expect(text).toContain('To: (no recipients)');
  });
});
