/**
 * The schema's history and the entities it must match. Every migration file in this folder
 * is listed here (a test checks it), so the apps, the tests and the TypeORM CLI run the
 * same list in the same order.
 */
import { SystemCheck } from '@onrecord/system-checks';
import { RefreshToken, User } from '@onrecord/accounts';
import { Invitation, Membership, Organization } from '@onrecord/organizations';
import { AuditEvent, AuditSubscriber } from '@onrecord/platform/audit';

export const ENTITIES = [
  SystemCheck,
  User,
  RefreshToken,
  Organization,
  Membership,
  Invitation,
  AuditEvent,
];

export { MIGRATIONS } from './migration-list';

/** TypeORM subscribers: the audit writer. */
export const SUBSCRIBERS = [AuditSubscriber];
