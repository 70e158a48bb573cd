import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { TransactionRunner } from '@onrecord/platform/database';
import { JobProducer } from '@onrecord/platform/queue';
import { SystemCheck } from './system-check.entity';

@Injectable()
export class SystemCheckService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly jobs: JobProducer,
    private readonly dataSource: DataSource,
  ) {}

  /** Records a check and queues it once the row is committed. */
  request(): Promise<SystemCheck> {
    return this.transactions.run(async (tx) => {
      const check = await tx.manager.save(tx.manager.create(SystemCheck, {}));
      this.jobs.enqueueAfterCommit(tx, 'system-check', { systemCheckId: check.id });
      return check;
    });
  }

  find(id: string): Promise<SystemCheck | null> {
    return this.dataSource.getRepository(SystemCheck).findOneBy({ id });
  }

  /** Called by the worker. Completing twice keeps the first completion. */
  async complete(id: string): Promise<void> {
    await this.dataSource
      .getRepository(SystemCheck)
      .update(
        { id, completedAt: IsNull() },
        { completedAt: new Date(), completedBy: `${hostname()}/${process.pid}` },
      );
  }
}
