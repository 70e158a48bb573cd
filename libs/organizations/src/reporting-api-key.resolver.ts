import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '@onrecord/platform/auth';
import type { RequestContext } from '@onrecord/platform/graphql';
import { MemberRole } from './member-role';
import type { ReportingApiKey } from './reporting-api-key.entity';
import { CreatedReportingApiKeyObject, ReportingApiKeyObject } from './reporting-api-key.objects';
import { ReportingApiKeyService } from './reporting-api-key.service';

const toObject = (key: ReportingApiKey): ReportingApiKeyObject => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  createdAt: key.createdAt,
  lastUsedAt: key.lastUsedAt,
  revokedAt: key.revokedAt,
});

@Resolver(() => ReportingApiKeyObject)
export class ReportingApiKeyResolver {
  constructor(private readonly keys: ReportingApiKeyService) {}

  @Roles(MemberRole.ADMIN)
  @Query(() => [ReportingApiKeyObject], { description: "The organization's reporting API keys." })
  async reportingApiKeys(
    @Context('request') request: RequestContext,
  ): Promise<ReportingApiKeyObject[]> {
    return (await this.keys.list(await request.scope())).map(toObject);
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => CreatedReportingApiKeyObject, {
    description: 'A key with the scope reports:read; its secret is in the answer, once.',
  })
  async createReportingApiKey(
    @Args('name') name: string,
    @Context('request') request: RequestContext,
  ): Promise<CreatedReportingApiKeyObject> {
    const { key, secret } = await this.keys.create(await request.scope(), request.member(), name);
    return { apiKey: toObject(key), secret };
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => ReportingApiKeyObject, { description: 'The key stops working at once.' })
  async revokeReportingApiKey(
    @Args('id', { type: () => ID }) id: string,
    @Context('request') request: RequestContext,
  ): Promise<ReportingApiKeyObject> {
    return toObject(await this.keys.revoke(await request.scope(), id));
  }
}
