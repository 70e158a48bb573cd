/**
 * The data source the TypeORM CLI uses (npm run migration:run / :revert / :generate).
 * It connects as the owner role: DATABASE_OWNER_URL, else DATABASE_URL.
 */
import 'reflect-metadata';
import { ownerDataSource } from './owner-data-source';

const url = process.env['DATABASE_OWNER_URL'] || process.env['DATABASE_URL'];
if (!url) {
  throw new Error(
    'Set DATABASE_OWNER_URL (or DATABASE_URL) to the owner role of the database to migrate.',
  );
}

export default ownerDataSource(url);
