import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A unit of work: one database transaction, and what must happen only once it has committed. */
export interface Tx {
  readonly manager: EntityManager;
  /**
   * Runs `effect` after the transaction commits, never inside it (a job enqueued inside an
   * open transaction can run before its rows exist). Dropped if the transaction rolls back.
   */
  afterCommit(effect: () => Promise<unknown> | unknown): void;
}

@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger(TransactionRunner.name);

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const effects: Array<() => Promise<unknown> | unknown> = [];
    const result = await this.dataSource.transaction((manager) =>
      work({ manager, afterCommit: (effect) => effects.push(effect) }),
    );
    for (const effect of effects) {
      try {
        await effect();
      } catch (error) {
        // The transaction has committed: the database holds what is owed, and the work that
        // reconciles it (a sweep) will pick it up. Report, do not undo.
        this.logger.error({ err: error }, 'after-commit effect failed');
      }
    }
    return result;
  }
}
