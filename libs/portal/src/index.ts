export * from './portal-access.entity';
export * from './portal-sign-in-link.entity';
export * from './portal-session.entity';
export * from './portal.module';
export { PORTAL_LINK_MINUTES, PORTAL_LINK_PREFIX } from './portal-sign-in.service';
export { PORTAL_LINKS_PER_EMAIL } from './portal-link-throttle';
export * from './portal.entities';
