import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { DataSourceInput, dataSourceOptions } from './data-source-options';
import { DataScopes } from './data-scope';
import { CrossOrganizationAccess } from './cross-organization-access';
import { DatabaseHealth } from './database-health';
import { ReplicaScopes } from './replica-scopes';

@Global()
@Module({})
export class DatabaseModule {
  /** `entities` is the full list of the application's entities (see migrations/index.ts). */
  static forRoot(
    entities: DataSourceInput['entities'],
    applicationName: string,
    subscribers: DataSourceInput['subscribers'] = [],
  ): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            dataSourceOptions({
              url: config.database.url,
              poolSize: config.database.poolSize,
              entities,
              subscribers,
              applicationName,
            }),
        }),
      ],
      providers: [
        DataScopes,
        CrossOrganizationAccess,
        DatabaseHealth,
        {
          provide: ReplicaScopes,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            new ReplicaScopes(config.database.replica, applicationName),
        },
      ],
      exports: [DataScopes, CrossOrganizationAccess, DatabaseHealth, ReplicaScopes],
    };
  }
}
