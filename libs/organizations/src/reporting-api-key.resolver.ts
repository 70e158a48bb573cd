import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { DataScope } from '@onrecord/platform/database';
import { Scope, Member, type MemberPrincipal } from '@onrecord/platform/request';
import { Roles } from '@onrecord/platform/auth';
import type { User } from '@onrecord/accounts';
import { toUser } from './conversions';
import { MemberRole } from './member-role';
import type { ReportingApiKey } from './reporting-api-key.entity';
import { CreatedReportingApiKeyObject, ReportingApiKeyObject } from './reporting-api-key.objects';
import { ReportingApiKeyService } from './reporting-api-key.service';

const toObject = (key: ReportingApiKey, creators: Map<string, User>): ReportingApiKeyObject => {
  const creator = key.createdByUserId ? creators.get(key.createdByUserId) : undefined;
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    createdAt: key.createdAt,
    createdBy: creator ? toUser(creator) : null,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
  };
};

@Resolver(() => ReportingApiKeyObject)
export class ReportingApiKeyResolver {
  constructor(private readonly keys: ReportingApiKeyService) {}

  @Roles(MemberRole.ADMIN)
  @Query(() => [ReportingApiKeyObject], { description: "The organization's reporting API keys." })
  async reportingApiKeys(@Scope() scope: DataScope): Promise<ReportingApiKeyObject[]> {
    const keys = await this.keys.list(scope);
    const creators = await this.keys.creators(scope, keys);
    return keys.map((key) => toObject(key, creators));
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => CreatedReportingApiKeyObject, {
    description: 'A key with the scope reports:read; its secret is in the answer, once.',
  })
  async createReportingApiKey(
    @Args('name') name: string,
    @Scope() scope: DataScope,
    @Member() member: MemberPrincipal,
  ): Promise<CreatedReportingApiKeyObject> {
    const { key, secret } = await this.keys.create(scope, member, name);
    return { apiKey: toObject(key, await this.keys.creators(scope, [key])), secret };
  }

  @Roles(MemberRole.ADMIN)
  @Mutation(() => ReportingApiKeyObject, { description: 'The key stops working at once.' })
  async revokeReportingApiKey(
    @Args('id', { type: () => ID }) id: string,
    @Scope() scope: DataScope,
  ): Promise<ReportingApiKeyObject> {
    const key = await this.keys.revoke(scope, id);
    return toObject(key, await this.keys.creators(scope, [key]));
  }
}
