import { ImportMapping } from './import-mapping.entity';

/** The TypeORM entities of imports: the schema catalog and the lib's specs use it. */
export const IMPORTS_ENTITIES = [ImportMapping];
