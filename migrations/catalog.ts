/**
 * The schema's history and the entities it must match. Every migration file in this folder
 * is listed here (a test checks it), so the apps, the tests and the TypeORM CLI run the
 * same list in the same order.
 */
import { SystemCheck } from '@onrecord/system-checks';
import { RefreshToken, User } from '@onrecord/accounts';
import { Invitation, Membership, Organization } from '@onrecord/organizations';
import { AuditEvent } from '@onrecord/platform/audit';
import { SystemCheck1795425138742 } from './1795425138742-system-check';
import { IdentityAndTenancy1795426359151 } from './1795426359151-identity-and-tenancy';

export const ENTITIES = [
  SystemCheck,
  User,
  RefreshToken,
  Organization,
  Membership,
  Invitation,
  AuditEvent,
];

export const MIGRATIONS = [SystemCheck1795425138742, IdentityAndTenancy1795426359151];
