/**
 * At most `size` messages between "handed to the mail server" and "recorded as SENT", across
 * every batch a worker runs at once. The mail pool alone bounds only what is being sent;
 * without this, messages the server already accepted could pile up behind a slow write of
 * their SENT records while the pool takes more — and a SIGKILL then would resend them all.
 * With it, a kill resends at most `size` (SEND_SLOTS: twice the mail pool's connections, so
 * each connection has its next message while the last one's record is written).
 */
export class SendSlots {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(size: number) {
    this.free = size;
  }

  /** Runs `work` in a slot, waiting for one if all are taken. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    }
  }
}
