import { PortalAccess } from './portal-access.entity';
import { PortalSession } from './portal-session.entity';
import { PortalSignInLink } from './portal-sign-in-link.entity';

/** The TypeORM entities of portal, in one list: the schema catalog and the lib's specs use it. */
export const PORTAL_ENTITIES = [PortalAccess, PortalSignInLink, PortalSession];
