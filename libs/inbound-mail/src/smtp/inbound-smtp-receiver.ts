import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { APP_CONFIG, type AppConfig } from '@onrecord/platform/config';
import { InboundChannel } from '../model/inbound-message.enums';
import { InboundRefusal, tooLarge } from '../ingestion/inbound-refusal';
import { InboundMailIngestion } from '../ingestion/inbound-mail-ingestion.service';
import type { ReplyAddressOwner } from '../ingestion/reply-address-lookup';

/** An SMTP answer: smtp-server sends `responseCode` and the message. */
const answer = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

/** A refusal as its SMTP answer; anything else is our trouble: the sender retries later. */
function smtpAnswer(error: unknown): Error {
  if (error instanceof InboundRefusal)
    return answer(error.smtpCode, `${error.field} ${error.message}`);
  return answer(451, 'Temporary failure: the message was not kept, try again later');
}

/**
 * The worker's SMTP receiver for the reply addresses (started when INBOUND_SMTP_PORT is set):
 * an adapter that only checks and stores. It takes a recipient only if it is a reply address
 * of a request (550 otherwise, at RCPT TO, so nothing is received for anyone else), refuses
 * a message over the size limit (552), and answers 250 only once the message is stored: if
 * the worker dies before, the sender's server keeps it and tries again, and the second
 * delivery of a message already kept is kept once.
 *
 * No AUTH (an MX takes mail from anyone, for its own addresses only) and no STARTTLS here:
 * in production the receiver sits behind a TLS-terminating relay or a mail provider
 * (README "Mail in").
 */
@Injectable()
export class InboundSmtpReceiver implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InboundSmtp');
  private server?: SMTPServer;
  /** Per connection: the owners of the reply addresses RCPT TO accepted (knownOwners). */
  private readonly owners = new WeakMap<SMTPServerSession, Map<string, ReplyAddressOwner>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ingestion: InboundMailIngestion,
  ) {}

  /** Where it listens, once started (the port chosen when 0 was asked for). */
  get port(): number | null {
    const inner = (this.server as unknown as { server?: { address(): AddressInfo | null } })
      ?.server;
    return inner?.address()?.port ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const smtp = this.config.inbound.smtp;
    if (!smtp) return;
    const limit = this.config.inbound.maxMessageBytes;
    const server = new SMTPServer({
      name: this.config.inbound.domain,
      banner: 'OnRecord reply addresses',
      size: limit,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      maxClients: 100,
      closeTimeout: 5_000,
      onRcptTo: (address, session, callback) => {
        this.ingestion
          .recipient(address.address, session.id)
          .then((owner) => {
            this.knownOwners(session).set(address.address.toLowerCase(), owner);
            callback();
          })
          .catch((error: unknown) => callback(smtpAnswer(error)));
      },
      onData: (stream, session, callback) => this.receive(stream, session, limit, callback),
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(smtp.port, smtp.host, () => resolve());
    });
    // Once listening: a client that drops its connection must not end the worker.
    server.on('error', (error) => this.logger.warn({ err: error }, 'SMTP connection error'));
    this.logger.log(`inbound SMTP listening on ${smtp.host}:${this.port ?? smtp.port}`);
  }

  private receive(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    limit: number,
    callback: (error?: Error | null) => void,
  ): void {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Past the limit, read on (the client is still sending) but keep nothing.
      if (size <= limit) chunks.push(chunk);
    });
    stream.on('end', () => {
      if (stream.sizeExceeded || size > limit) {
        callback(smtpAnswer(tooLarge(limit)));
        return;
      }
      this.ingestion
        .ingest({
          raw: Buffer.concat(chunks),
          recipients: session.envelope.rcptTo.map((r) => r.address),
          channel: InboundChannel.SMTP,
          requestId: session.id,
          knownOwners: this.owners.get(session),
        })
        .then(() => callback())
        .catch((error: unknown) => {
          if (!(error instanceof InboundRefusal))
            this.logger.error({ err: error, session: session.id }, 'inbound message not kept');
          callback(smtpAnswer(error));
        });
    });
  }

  /**
   * The owners of the addresses RCPT TO accepted on this connection: the message's ingestion
   * need not look them up again (one cross-organization lookup per address, not two).
   */
  private knownOwners(session: SMTPServerSession): Map<string, ReplyAddressOwner> {
    const known = this.owners.get(session) ?? new Map<string, ReplyAddressOwner>();
    this.owners.set(session, known);
    return known;
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
