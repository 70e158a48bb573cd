import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '@onrecord/platform/graphql';
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

  @Mutation(() => SystemCheckObject, {
    description: 'Starts a round trip through the queue and the worker.',
  })
  async requestSystemCheck(): Promise<SystemCheckObject> {
    return toObject(await this.checks.request());
  }

  @Query(() => SystemCheckObject)
  async systemCheck(@Args('id', { type: () => ID }) id: string): Promise<SystemCheckObject> {
    const check = /^[0-9a-f-]{36}$/i.test(id) ? await this.checks.find(id) : null;
    if (!check) throw notFound('System check');
    return toObject(check);
  }
}
