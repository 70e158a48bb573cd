/**
 * What the other libs, the apps and the tests use of system-checks: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { SYSTEM_CHECKS_ENTITIES } from './system-checks.entities';
export { SystemChecksModule, SystemChecksWorkerModule } from './system-checks.module';
