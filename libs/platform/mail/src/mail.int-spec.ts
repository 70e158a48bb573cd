import { Test } from '@nestjs/testing';
import { ConfigModule } from '@onrecord/platform/config';
import { testConfig } from '@onrecord/platform/config/testing';
import { SmtpSink } from './testing';
import { MailModule } from './mail.module';
import { MailService } from './mail.service';

describe('MailService against a real SMTP server', () => {
  const sink = new SmtpSink();
  let mail: MailService;
  let close: () => Promise<void>;

  beforeAll(async () => {
    await sink.start();
    const config = testConfig({
      DATABASE_URL: 'postgres://unused@127.0.0.1:5432/unused',
      SMTP_URL: sink.url,
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(config), MailModule],
    }).compile();
    const app = await moduleRef.init();
    mail = app.get(MailService);
    close = () => app.close();
  });
  afterAll(async () => {
    await close();
    await sink.stop();
  });

  it('delivers text and HTML parts with a Message-ID derived from the key, threaded when asked', async () => {
    const sent = await mail.send({
      to: 'case.manager@school.test',
      replyTo: 'advocate@onrecord.test',
      subject: 'Request for evaluation — Sam R.',
      text: 'Dear Ms. Ruiz,\n\nI am requesting in writing <an evaluation>.',
      idempotencyKey: 'test/1',
      inReplyTo: '<original@onrecord.test>',
      references: ['<original@onrecord.test>'],
    });
    expect(sent.accepted).toEqual(['case.manager@school.test']);
    expect(sent.messageId).toBe(mail.messageIdFor('test/1'));

    const [message] = await sink.waitFor(1);
    expect(message!.envelopeTo).toEqual(['case.manager@school.test']);
    expect(message!.parsed.messageId).toBe(sent.messageId);
    expect(message!.parsed.from?.text).toBe('"OnRecord" <no-reply@onrecord.test>');
    expect(message!.parsed.replyTo?.text).toBe('advocate@onrecord.test');
    expect(message!.parsed.inReplyTo).toBe('<original@onrecord.test>');
    expect(message!.parsed.text).toContain('I am requesting in writing <an evaluation>.');
    expect(message!.parsed.html).toContain('I am requesting in writing &lt;an evaluation&gt;.');
  });

  it('sends the HTML part as a complete document naming its charset, the text unchanged', async () => {
    const text =
      'Under 34 C.F.R. § 300.301(c) – within 60 days – “in writing”.\n\nGracias, Señora Núñez.';
    await mail.send({
      to: 'office@school.test',
      subject: 'Evaluación – Sam R.',
      text,
      idempotencyKey: 'test/charset',
    });
    const message = await sink.waitForMatch((m) => m.envelopeTo.includes('office@school.test'));
    expect(message.parsed.text?.trim()).toBe(text);
    const html = message.parsed.html as string;
    expect(html).toMatch(/^<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">/);
    expect(html).toContain('<title>Evaluación – Sam R.</title>');
    expect(html).toContain('300.301(c) – within 60 days – “in writing”.');
    expect(html).toContain('Gracias, Señora Núñez.');
    expect(html).toMatch(/<\/body>\n<\/html>$/);
    // The part's own header says it too, so a client reading only the part decodes it right.
    expect(message.raw).toMatch(/Content-Type: text\/html; charset=utf-8/i);
    expect(message.raw).not.toContain('â€“');
  });

  it('reports a temporary refusal as an error the caller can retry', async () => {
    sink.setRejecting(true);
    try {
      await expect(
        mail.send({ to: 'x@school.test', subject: 's', text: 't', idempotencyKey: 'test/2' }),
      ).rejects.toMatchObject({ responseCode: 421 });
    } finally {
      sink.setRejecting(false);
    }
  });
});
