import { domainOf, messageIdFor } from './message-id';
import { textToHtml } from './text-to-html';

describe('messageIdFor', () => {
  it('is the same for the same key and differs between keys', () => {
    expect(messageIdFor('follow-up/1/1', 'example.org')).toBe(
      messageIdFor('follow-up/1/1', 'example.org'),
    );
    expect(messageIdFor('follow-up/1/1', 'example.org')).not.toBe(
      messageIdFor('follow-up/1/2', 'example.org'),
    );
    expect(messageIdFor('k', 'example.org')).toMatch(/^<[0-9a-f]{32}@example\.org>$/);
  });

  it('takes the domain from a sender address', () => {
    expect(domainOf('OnRecord <no-reply@mail.example.org>')).toBe('mail.example.org');
    expect(domainOf('plain@example.org')).toBe('example.org');
  });
});

describe('textToHtml', () => {
  it('escapes markup and keeps paragraphs and line breaks', () => {
    expect(
      textToHtml('Dear <b>Ms. Ruiz</b>,\n\nI am requesting "in writing"\nan evaluation & more.'),
    ).toContain(
      '<p style="margin: 0 0 1em">Dear &lt;b&gt;Ms. Ruiz&lt;/b&gt;,</p>\n' +
        '<p style="margin: 0 0 1em">I am requesting &quot;in writing&quot;<br>an evaluation &amp; more.</p>',
    );
  });
});
