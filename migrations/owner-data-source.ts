import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@onrecord/platform/database';
import { ENTITIES, MIGRATIONS, SUBSCRIBERS } from './catalog';

/** The owner's data source with every entity: for the TypeORM CLI and the drift check. */
export function ownerDataSource(ownerUrl: string): DataSource {
  return new DataSource(
    dataSourceOptions({
      url: ownerUrl,
      entities: ENTITIES,
      subscribers: SUBSCRIBERS,
      migrations: MIGRATIONS,
      applicationName: 'onrecord-migrate',
      poolSize: 2,
    }),
  );
}
