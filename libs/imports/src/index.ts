/**
 * What the apps and the tests use of imports: its module and entities. The rest is its own.
 */
export { IMPORTS_ENTITIES } from './imports.entities';
export { ImportsModule } from './imports.module';
export { ImportKind } from './import-fields';
