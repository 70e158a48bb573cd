import type { LoggerService } from '@nestjs/common';
import type { DataScopes } from '@onrecord/platform/database';

interface Held {
  followUp: { id: string };
  attempt: number;
}

/**
 * Holds the lease of claimed follow-ups for as long as this worker is really sending them.
 * A batch is handed to the mail pool at once, and with a slow server the last of it may
 * wait minutes for a connection: without renewal its lease would run out while it waits,
 * and the sweep would send it a second time. Every third of a lease, the rows still held
 * (by this attempt) get a full lease again. If the worker dies, renewal stops with it and
 * the lease runs out as before.
 */
export class LeaseKeeper {
  private readonly held = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly scopes: DataScopes,
    private readonly organizationId: string,
    claimed: readonly Held[],
    private readonly leaseMs: number,
    private readonly logger: LoggerService,
  ) {
    for (const c of claimed) this.held.set(c.followUp.id, c.attempt);
    this.timer = setInterval(() => void this.renew(), Math.max(250, Math.floor(leaseMs / 3)));
    this.timer.unref();
  }

  /** The message was accepted, or failed: its lease is no longer this job's to keep. */
  release(c: Held): void {
    this.held.delete(c.followUp.id);
  }

  stop(): void {
    clearInterval(this.timer);
    this.held.clear();
  }

  private async renew(): Promise<void> {
    if (!this.held.size) return;
    const ids = [...this.held.keys()];
    try {
      await this.scopes.run({ organizationId: this.organizationId }, undefined, (scope) =>
        scope.manager.query(
          `UPDATE follow_up f
              SET lease_until = now() + make_interval(secs => $3::double precision / 1000)
             FROM unnest($1::uuid[], $2::int[]) AS v(id, attempt)
            WHERE f.id = v.id AND f.attempts = v.attempt AND f.status = 'SENDING'`,
          [ids, ids.map((id) => this.held.get(id) ?? 0), this.leaseMs],
        ),
      );
    } catch (error) {
      this.logger.warn?.(
        { organizationId: this.organizationId, count: ids.length, err: error },
        'could not renew the lease of follow-ups being sent',
      );
    }
  }
}
