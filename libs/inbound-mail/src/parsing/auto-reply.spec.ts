import { autoReplyReason, type HeaderValues } from './auto-reply';

const headers = (values: Record<string, string> = {}): HeaderValues => ({
  get: (name) => values[name.toLowerCase()],
});

describe('autoReplyReason', () => {
  it.each([
    [{ 'auto-submitted': 'auto-replied' }, 'Auto-Submitted: auto-replied'],
    [
      { 'auto-submitted': 'Auto-Generated; owner-email="x@example.org"' },
      'Auto-Submitted: auto-generated',
    ],
    [{ 'x-autoreply': 'yes' }, 'X-Autoreply: yes'],
    [
      { 'x-autorespond': 'principal@school.example.org' },
      'X-Autorespond: principal@school.example.org',
    ],
    [{ precedence: 'bulk' }, 'Precedence: bulk'],
    [{ precedence: 'Junk' }, 'Precedence: junk'],
    [{ precedence: 'auto_reply' }, 'Precedence: auto_reply'],
  ])('is automatic with %j', (values, reason) => {
    expect(autoReplyReason(headers(values), 'Re: Request for an evaluation')).toBe(reason);
  });

  it.each([
    'Out of Office: Re: Request for an evaluation',
    'Out of the office until Monday',
    'Automatic reply: Request for an evaluation',
    'Auto-Reply: Request',
    'AutoReply',
    'Respuesta automática: Solicitud de evaluación',
    'RESPUESTA AUTOMATICA',
    'Fuera de la oficina: Re: Solicitud',
  ])('is automatic by its subject %s', (subject) => {
    expect(autoReplyReason(headers(), subject)).toBe(`Subject: ${subject}`);
  });

  it.each([
    [{}, 'Re: Request for an evaluation'],
    [{ 'auto-submitted': 'no' }, 'Re: Request'],
    [{ 'auto-submitted': 'No ' }, 'Re: Request'],
    [{ precedence: 'list' }, 'Re: Request'],
    [{ precedence: 'first-class' }, 'Re: Request'],
    [{}, 'Re: Out of office days for Sam (answer to your request)'],
    [{}, 'Our reply: we will evaluate'],
  ])('is a person writing with %j and subject %s', (values, subject) => {
    expect(autoReplyReason(headers(values), subject)).toBeNull();
  });
});
