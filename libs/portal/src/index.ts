/**
 * What the other libs, the apps and the tests use of portal: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { PortalAccess } from './portal-access.entity';
export { PORTAL_LINKS_PER_EMAIL } from './portal-link-throttle';
export { PORTAL_ENTITIES } from './portal.entities';
export { PortalModule } from './portal.module';
