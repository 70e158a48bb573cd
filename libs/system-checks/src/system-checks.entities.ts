import { SystemCheck } from './system-check.entity';

/** The TypeORM entities of system-checks, in one list: the schema catalog and the lib's specs use it. */
export const SYSTEM_CHECKS_ENTITIES = [SystemCheck];
