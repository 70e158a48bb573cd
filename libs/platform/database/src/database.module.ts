import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { DataSourceInput, dataSourceOptions } from './data-source-options';
import { DataScopes } from './data-scope';
import { DatabaseHealth } from './database-health';

@Global()
@Module({})
export class DatabaseModule {
  /** `entities` is the full list of the application's entities (see migrations/index.ts). */
  static forRoot(entities: DataSourceInput['entities'], applicationName: string): DynamicModule {
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
              applicationName,
            }),
        }),
      ],
      providers: [DataScopes, DatabaseHealth],
      exports: [DataScopes, DatabaseHealth],
    };
  }
}
