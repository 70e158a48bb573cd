import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { inSpan } from '@onrecord/platform/observability/telemetry';
import { domainOf, messageIdFor } from './message-id';
import { textToHtml } from './text-to-html';

export interface OutgoingMail {
  /**
   * Who it is from: a display name, and an address when the organization has its own (the
   * platform's address otherwise). Default: the platform's sender as configured.
   */
  from?: { name: string; address?: string | null };
  to: string | string[];
  cc?: string | string[];
  subject: string;
  text: string;
  /** Defaults to the text, escaped and wrapped: every message has both parts. */
  html?: string;
  replyTo?: string;
  /**
   * The envelope sender (MAIL FROM, which becomes the Return-Path): where bounces go. The
   * From address when omitted.
   */
  envelopeFrom?: string;
  /** A stable key for this message; the Message-ID is derived from it. */
  idempotencyKey: string;
  inReplyTo?: string;
  references?: string[];
}

/** The SMTP code of a server's answer ("250 2.0.0 Ok: queued as 4F2A1" → 250), if any. */
function smtpCode(response: string): { 'smtp.response_code'?: number } {
  const code = /^(\d{3})\b/.exec(response)?.[1];
  return code ? { 'smtp.response_code': Number(code) } : {};
}

/** SMTP connections a process keeps open: at most this many messages are being sent at once. */
export const MAIL_POOL_CONNECTIONS = 5;

export interface SentMail {
  messageId: string;
  accepted: string[];
  rejected: string[];
  /** The server's last answer, e.g. "250 2.0.0 Ok: queued as 4F2A1": part of the record. */
  response: string;
}

@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.from = config.mail.from;
    // Pooled connections: a burst of follow-ups reuses a few SMTP sessions instead of one
    // handshake per message. Short timeouts: a hung server must fail a send well within the
    // follow-up's lease, so no second worker starts it while the first is still trying.
    this.transport = createTransport({
      url: config.mail.smtpUrl,
      pool: true,
      maxConnections: MAIL_POOL_CONNECTIONS,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof createTransport>[0]);
  }

  messageIdFor(idempotencyKey: string): string {
    return messageIdFor(idempotencyKey, domainOf(this.from));
  }

  /**
   * Hands the message to the SMTP server, in a span `smtp send`: how many recipients the
   * server accepted and refused and its answer's code, never an address, a name, a subject
   * or the text (a failure's message may quote addresses: the span keeps its SMTP code and
   * the error's type, inSpan never records a message).
   */
  send(mail: OutgoingMail): Promise<SentMail> {
    const messageId = this.messageIdFor(mail.idempotencyKey);
    const recipients = [mail.to, mail.cc ?? []].flat().length;
    return inSpan('smtp send', { 'mail.recipients': recipients }, async (span) => {
      let info: { accepted?: unknown[]; rejected?: unknown[]; response?: unknown };
      try {
        const from = mail.from ? this.sender(mail.from.name, mail.from.address) : this.from;
        info = await this.transport.sendMail({
          from,
          // Given an envelope, nodemailer takes its recipients from it too: the same To and Cc.
          envelope: mail.envelopeFrom
            ? { from: mail.envelopeFrom, to: [mail.to, mail.cc ?? []].flat() }
            : undefined,
          to: mail.to,
          cc: mail.cc,
          replyTo: mail.replyTo,
          subject: mail.subject,
          text: mail.text,
          html: mail.html ?? textToHtml(mail.text, mail.subject),
          messageId,
          inReplyTo: mail.inReplyTo,
          references: mail.references,
        });
      } catch (error) {
        const code = (error as { responseCode?: unknown }).responseCode;
        if (typeof code === 'number') span.setAttribute('smtp.response_code', code);
        throw error;
      }
      const sent: SentMail = {
        messageId,
        accepted: (info.accepted ?? []).map(String),
        rejected: (info.rejected ?? []).map(String),
        response: String(info.response ?? ''),
      };
      span.setAttributes({
        'smtp.accepted_count': sent.accepted.length,
        'smtp.rejected_count': sent.rejected.length,
        ...smtpCode(sent.response),
      });
      return sent;
    });
  }

  /** The organization's name on its own address, or on the platform's. */
  private sender(name: string, address?: string | null): { name: string; address: string } {
    const platform = /<([^>]+)>/.exec(this.from)?.[1] ?? this.from.trim();
    return { name, address: address || platform };
  }

  /** Opens a connection and says hello, without sending. */
  verify(): Promise<true> {
    return this.transport.verify();
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
