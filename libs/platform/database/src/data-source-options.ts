import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';

export interface DataSourceInput {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations?: MixedList<Function | string>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  subscribers?: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

/**
 * The one description of how OnRecord talks to PostgreSQL, shared by the apps, the tests
 * and the TypeORM CLI. The schema comes only from migrations: `synchronize` stays off.
 */
export function dataSourceOptions(input: DataSourceInput): DataSourceOptions {
  return {
    type: 'postgres',
    url: input.url,
    entities: input.entities,
    migrations: input.migrations ?? [],
    subscribers: input.subscribers ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: input.applicationName ?? 'onrecord',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, and the app
    // role could not install one anyway.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: {
      max: input.poolSize ?? 10,
      // Fail fast instead of hanging when PostgreSQL is down.
      connectionTimeoutMillis: 5000,
    },
  };
}
