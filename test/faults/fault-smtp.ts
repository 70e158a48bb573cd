import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message the server took (answered 250), as the fault harness counts it. */
export interface AcceptedMail {
  messageId: string;
  inReplyTo: string | null;
  to: string[];
  acceptedAt: number;
}

/**
 * An SMTP server in the harness's process whose faults can be turned on and off: every
 * message waits `delayMs` before it is answered (a slow relay, a throttling provider), and
 * while `rejecting` each is refused with a 421 (an outage). It counts what it accepts by
 * Message-ID, and knows how many messages it is taking at any instant: their data has
 * arrived and they will be kept, whether or not the sender is still there to hear the 250.
 */
export class FaultSmtp {
  readonly accepted: AcceptedMail[] = [];
  delayMs = 0;
  rejecting = false;
  private inProgressNow = 0;
  private server?: SMTPServer;

  async start(): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      maxClients: 200,
      closeTimeout: 500,
      onData: (stream, session, callback) => {
        let head = '';
        stream.on('data', (chunk: Buffer) => {
          if (head.length < 8192) head += chunk.toString('utf8');
        });
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((r) => r.address);
          void this.take(head, to, callback);
        });
      },
    });
    // A client killed mid-message resets its connection: that is the fault, not the server's.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    const port = (this.server as unknown as { server: { address(): AddressInfo } }).server.address()
      .port;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Messages whose data has arrived and that are waiting for their answer. */
  get inProgress(): number {
    return this.inProgressNow;
  }

  private async take(
    head: string,
    to: string[],
    callback: (error?: Error | null) => void,
  ): Promise<void> {
    this.inProgressNow++;
    try {
      if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      if (this.rejecting) {
        callback(Object.assign(new Error('Service unavailable, try later'), { responseCode: 421 }));
        return;
      }
      this.accepted.push({
        messageId: header(head, 'Message-ID') ?? `<none-${this.accepted.length}>`,
        inReplyTo: header(head, 'In-Reply-To'),
        to,
        acceptedAt: Date.now(),
      });
      callback();
    } finally {
      this.inProgressNow--;
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function header(head: string, name: string): string | null {
  const match = new RegExp(`^${name}:\\s*(<[^>]+>)`, 'im').exec(head);
  return match?.[1] ?? null;
}
