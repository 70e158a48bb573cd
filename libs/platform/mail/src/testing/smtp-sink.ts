import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

export interface ReceivedMail {
  /** The envelope sender (MAIL FROM): where bounces go. Empty for a null sender. */
  envelopeFrom: string;
  envelopeTo: string[];
  parsed: ParsedMail;
  raw: string;
  /** When the whole message had arrived (Date.now()), before it was parsed: for delays. */
  arrivedAt: number;
}

/**
 * A real SMTP server in the test process. Messages arrive over TCP exactly as they would
 * at a mail provider; tests read them back parsed. It can refuse mail for a while, to
 * test retries.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  private server?: SMTPServer;
  private rejecting = false;
  private delayMs = 0;
  private waiters: Array<() => void> = [];

  async start(port = 0): Promise<number> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A test that stops the server (the mail server is down) must not wait for idle pooled
      // connections to time out.
      closeTimeout: 500,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => void this.accept(chunks, session, callback));
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    // A client that dies mid-conversation (a worker killed by a test) resets its connection;
    // a mail server carries on. Unheard, the server's 'error' would end the test process.
    this.server.on('error', () => undefined);
    return this.port;
  }

  get port(): number {
    const address = (
      this.server as unknown as { server: { address(): AddressInfo } }
    ).server.address();
    return address.port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /**
   * Takes a message: waits the delay (a slow server), then refuses it while rejecting, or
   * keeps it and answers 250. A message kept is received, whether or not the client is still
   * there to read the answer — as at a real mail server.
   */
  private async accept(
    chunks: Buffer[],
    session: {
      envelope: { mailFrom: { address: string } | false; rcptTo: Array<{ address: string }> };
    },
    callback: (error?: Error | null) => void,
  ): Promise<void> {
    const arrivedAt = Date.now();
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.rejecting) {
      callback(Object.assign(new Error('Service unavailable, try later'), { responseCode: 421 }));
      return;
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    try {
      const parsed = await simpleParser(raw);
      this.received.push({
        envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
        envelopeTo: session.envelope.rcptTo.map((r) => r.address),
        parsed,
        raw,
        arrivedAt,
      });
      callback();
      this.waiters.splice(0).forEach((wake) => wake());
    } catch (error) {
      callback(error as Error);
    }
  }

  /** Every message waits this long before it is taken (0: at once). */
  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  /** While true, every message is answered with a temporary failure (421). */
  setRejecting(rejecting: boolean): void {
    this.rejecting = rejecting;
  }

  /** Resolves once `count` messages have arrived, or rejects after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 10000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `expected ${count} message(s), got ${this.received.length} within ${timeoutMs} ms`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received.slice(0, count);
  }

  /**
   * The first message from index `since` on that `matches`, once it has arrived: for tests
   * whose app also sends other mail at the same time.
   */
  async waitForMatch(
    matches: (mail: ReceivedMail) => boolean,
    since = 0,
    timeoutMs = 10000,
  ): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.slice(since).find(matches);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching message within ${timeoutMs} ms`);
      await this.waitFor(this.received.length + 1, left).catch(() => undefined);
    }
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}
