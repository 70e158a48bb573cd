/**
 * Writes items as they come, each as soon as possible, several at once when they come
 * faster than one write takes: the first item starts a write at once; items that arrive
 * meanwhile go together in the next. So each sent follow-up is on record a few milliseconds
 * after the mail server took it, and a burst of them costs a few statements, not one each.
 * `add` resolves once the item's write has committed (or rejects with its error).
 */
export class GroupedWrites<T> {
  private pending: Array<{ item: T; done: (error?: unknown) => void }> = [];
  private writing = false;

  constructor(private readonly write: (items: T[]) => Promise<void>) {}

  add(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, done: (error) => (error ? reject(error) : resolve()) });
      if (!this.writing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.pending.length) {
        const batch = this.pending.splice(0);
        try {
          await this.write(batch.map((entry) => entry.item));
          for (const entry of batch) entry.done();
        } catch (error) {
          for (const entry of batch) entry.done(error ?? new Error('write failed'));
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
