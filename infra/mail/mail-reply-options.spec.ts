import { fromOf, mailReplyOptions } from './mail-reply-options.mjs';

describe('npm run mail:reply', () => {
  it('takes the reply address, the file, and the receiver’s port from the environment', () => {
    expect(
      mailReplyOptions(['--to', 'reply+abc@inbound.localhost', '--file', 'r.eml'], {
        INBOUND_SMTP_PORT: '2600',
      }),
    ).toEqual({
      to: 'reply+abc@inbound.localhost',
      file: 'r.eml',
      from: undefined,
      host: '127.0.0.1',
      port: 2600,
    });
  });

  it('names each missing or bad option', () => {
    expect(mailReplyOptions(['--port', 'x'], {})).toMatchObject({
      problems: [
        '--to: the reply address to send to is required',
        '--file: the message file (.eml) is required',
        '--port: expected a port number (it is "x")',
      ],
    });
  });

  it('sends from the file’s From address', () => {
    expect(fromOf('From: Pat <pat@school.example.org>\r\nSubject: x\r\n\r\nFrom: not@this')).toBe(
      'pat@school.example.org',
    );
    expect(fromOf('From: pat@school.example.org\n\nbody')).toBe('pat@school.example.org');
    expect(fromOf('Subject: none\n\nFrom: body@x.org')).toBeUndefined();
  });
});
