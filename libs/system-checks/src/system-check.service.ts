import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { DataScopes } from '@onrecord/platform/database';
import { JobProducer } from '@onrecord/platform/queue';
import { SystemCheck } from './system-check.entity';

@Injectable()
export class SystemCheckService {
  constructor(
    private readonly scopes: DataScopes,
    private readonly jobs: JobProducer,
    private readonly dataSource: DataSource,
  ) {}

  /** Records a check and queues it once the row is committed. */
  request(): Promise<SystemCheck> {
    // system_check is not tenant-owned: an empty identity is enough.
    return this.scopes.run({}, undefined, async (scope) => {
      const check = await scope.manager.save(scope.manager.create(SystemCheck, {}));
      this.jobs.enqueueAfterCommit(scope, 'system-check', { systemCheckId: check.id });
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
