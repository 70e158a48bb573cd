import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { domainOf, messageIdFor } from './message-id';
import { textToHtml } from './text-to-html';

export interface OutgoingMail {
  to: string | string[];
  cc?: string | string[];
  subject: string;
  text: string;
  /** Defaults to the text, escaped and wrapped: every message has both parts. */
  html?: string;
  replyTo?: string;
  /** A stable key for this message; the Message-ID is derived from it. */
  idempotencyKey: string;
  inReplyTo?: string;
  references?: string[];
}

export interface SentMail {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.mail.from;
    this.transport = createTransport(config.mail.smtpUrl);
  }

  messageIdFor(idempotencyKey: string): string {
    return messageIdFor(idempotencyKey, domainOf(this.from));
  }

  async send(mail: OutgoingMail): Promise<SentMail> {
    const messageId = this.messageIdFor(mail.idempotencyKey);
    const info = await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      cc: mail.cc,
      replyTo: mail.replyTo,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? textToHtml(mail.text),
      messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
    });
    return {
      messageId,
      accepted: (info.accepted ?? []).map(String),
      rejected: (info.rejected ?? []).map(String),
    };
  }

  /** Opens a connection and says hello, without sending. */
  verify(): Promise<true> {
    return this.transport.verify();
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
