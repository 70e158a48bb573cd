import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type DataScope, isUuid } from '@onrecord/platform/database';
import { Scope } from '@onrecord/platform/request';
import { notFound } from '@onrecord/platform/errors';
import { Roles } from '@onrecord/platform/auth';
import { SystemCheck } from './system-check.entity';
import { SystemCheckObject, SystemCheckStatus } from './system-check.object';
import { SystemCheckService } from './system-check.service';

function toObject(check: SystemCheck): SystemCheckObject {
  return {
    id: check.id,
    status: check.completedAt ? SystemCheckStatus.COMPLETED : SystemCheckStatus.PENDING,
    requestedAt: check.requestedAt,
    completedAt: check.completedAt,
    completedBy: check.completedBy,
  };
}

@Resolver(() => SystemCheckObject)
export class SystemCheckResolver {
  constructor(private readonly checks: SystemCheckService) {}

  @Roles('ADMIN')
  @Mutation(() => SystemCheckObject, {
    description: 'Starts a round trip through the queue and the worker.',
  })
  async requestSystemCheck(@Scope() scope: DataScope): Promise<SystemCheckObject> {
    return toObject(await this.checks.request(scope));
  }

  @Roles('ADMIN')
  @Query(() => SystemCheckObject)
  async systemCheck(
    @Scope() scope: DataScope,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SystemCheckObject> {
    const check = isUuid(id) ? await this.checks.find(scope, id) : null;
    if (!check) throw notFound('System check');
    return toObject(check);
  }
}
