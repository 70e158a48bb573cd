import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isUuid, notFound, type RequestContext } from '@onrecord/platform/graphql';
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
  async requestSystemCheck(
    @Context('request') request: RequestContext,
  ): Promise<SystemCheckObject> {
    const scope = await request.scope();
    return toObject(await this.checks.request(scope, request.member().organizationId));
  }

  @Roles('ADMIN')
  @Query(() => SystemCheckObject)
  async systemCheck(
    @Context('request') request: RequestContext,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SystemCheckObject> {
    const check = isUuid(id) ? await this.checks.find(await request.scope(), id) : null;
    if (!check) throw notFound('System check');
    return toObject(check);
  }
}
