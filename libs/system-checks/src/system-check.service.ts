import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { DataScopes, type DataScope } from '@onrecord/platform/database';
import { JobProducer } from '@onrecord/platform/queue';
import { SystemCheck } from './system-check.entity';

@Injectable()
export class SystemCheckService {
  constructor(
    private readonly scopes: DataScopes,
    private readonly jobs: JobProducer,
  ) {}

  /** Records a check for the scope's organization and queues it once the row is committed. */
  async request(scope: DataScope): Promise<SystemCheck> {
    const organizationId = scope.organizationId;
    const check = await scope.manager.save(scope.manager.create(SystemCheck, { organizationId }));
    this.jobs.enqueueAfterCommit(scope, 'system-check', {
      organizationId,
      systemCheckId: check.id,
    });
    return check;
  }

  /** The check, if it is one of the scope's organization. */
  find(scope: DataScope, id: string): Promise<SystemCheck | null> {
    return scope.manager.findOneBy(SystemCheck, { id });
  }

  /**
   * Called by the worker, inside the organization the job names (row-level security then
   * lets it touch that organization's check only). Completing twice keeps the first completion.
   */
  async complete(organizationId: string, id: string): Promise<void> {
    await this.scopes.run({ organizationId }, { action: 'complete-system-check' }, (scope) =>
      scope.manager.update(
        SystemCheck,
        { id, completedAt: IsNull() },
        { completedAt: new Date(), completedBy: `${hostname()}/${process.pid}` },
      ),
    );
  }
}
