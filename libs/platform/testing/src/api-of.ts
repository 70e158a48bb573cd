import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { AuditEvent, AuditSubscriber } from '@onrecord/platform/audit';
import { AuthModule, type MembershipLookup } from '@onrecord/platform/auth';
import { ConfigModule, type AppConfig } from '@onrecord/platform/config';
import { DatabaseModule } from '@onrecord/platform/database';
import { GraphqlModule } from '@onrecord/platform/graphql';
import { MailModule } from '@onrecord/platform/mail';
import {
  HealthModule,
  LoggingModule,
  QueueDashboardModule,
} from '@onrecord/platform/observability';
import { QueueModule } from '@onrecord/platform/queue';
import type { RootModule } from './test-app';

/** What a lib's spec starts: the features it tests and those they stand on. */
export interface ApiParts {
  /**
   * The TypeORM entities of those features (each lib's `<LIB>_ENTITIES`, and those of the libs
   * its entities point to). The audit log's entity and subscriber are always there. The schema
   * itself is migrated once for the whole run; this only tells TypeORM the classes.
   */
  entities: Type[];
  /** Feature modules, as `AppModule.forRoot` imports them (`OrganizationsModule`, …). */
  features: Array<Type | DynamicModule>;
  /** Who the auth guard asks about memberships and sessions (`OrganizationMembershipLookup`). */
  membershipLookup: Type<MembershipLookup>;
}

/**
 * The api as `AppModule.forRoot` composes it — config, logging, database, queue, mail,
 * GraphQL, health, auth — with only the features a lib's spec needs, for `createTestApp`:
 *
 *   api = await createTestApp(
 *     apiOf({
 *       entities: [...ACCOUNTS_ENTITIES, ...ORGANIZATIONS_ENTITIES, ...DIRECTORY_ENTITIES],
 *       features: [OrganizationsModule, DirectoryModule],
 *       membershipLookup: OrganizationMembershipLookup,
 *     }),
 *     { admins: ['a', 'b'] },
 *   );
 *
 * Platform code knows no feature, so they are passed in; a spec in libs/X composes X and the
 * libs below it, never one above (Nx counts a spec's imports). Signing up admins goes through
 * OrganizationsModule's GraphQL. The GraphQL schema is built from the resolvers present.
 */
export function apiOf(parts: ApiParts): RootModule {
  @Module({})
  class TestApiModule {}
  return {
    forRoot: (config: AppConfig): DynamicModule => ({
      module: TestApiModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot('api'),
        DatabaseModule.forRoot([AuditEvent, ...parts.entities], 'onrecord-api-test', [
          AuditSubscriber,
        ]),
        QueueModule.forRoot(),
        MailModule,
        GraphqlModule.forRoot({ explorer: config.graphql.explorer }),
        HealthModule.forRoot({ http: true }),
        QueueDashboardModule.forRoot(config),
        AuthModule.forRoot({ membershipLookup: parts.membershipLookup }),
        ...parts.features,
      ],
    }),
  };
}
