/**
 * The schema's history and the entities it must match. Every migration file in this folder
 * is listed here (a test checks it), so the apps, the tests and the TypeORM CLI run the
 * same list in the same order.
 */
import { SystemCheck } from '@onrecord/system-checks';
import { SystemCheck1795425138742 } from './1795425138742-system-check';

export const ENTITIES = [SystemCheck];

export const MIGRATIONS = [SystemCheck1795425138742];
