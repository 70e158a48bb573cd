/**
 * The schema's history and the entities it must match. Every migration file in this folder
 * is listed here (a test checks it), so the apps, the tests and the TypeORM CLI run the
 * same list in the same order. Each feature lists its own entities; a lib's integration
 * specs start an api with the lists of the libs they compose.
 */
import { SYSTEM_CHECKS_ENTITIES } from '@onrecord/system-checks';
import { ACCOUNTS_ENTITIES } from '@onrecord/accounts';
import { ORGANIZATIONS_ENTITIES } from '@onrecord/organizations';
import { AuditEvent, AuditSubscriber } from '@onrecord/platform/audit';
import { DIRECTORY_ENTITIES } from '@onrecord/directory';
import { FAMILIES_ENTITIES } from '@onrecord/families';
import { CASES_ENTITIES } from '@onrecord/cases';
import { ATTENDANCE_ENTITIES } from '@onrecord/attendance';
import { REQUESTS_ENTITIES } from '@onrecord/requests';
import { FOLLOW_UPS_ENTITIES } from '@onrecord/follow-ups';
import { PORTAL_ENTITIES } from '@onrecord/portal';
import { SURVEYS_ENTITIES } from '@onrecord/surveys';
import { DOCUMENTS_ENTITIES } from '@onrecord/documents';
import { INBOUND_MAIL_ENTITIES } from '@onrecord/inbound-mail';
import { CALENDAR_FEEDS_ENTITIES } from '@onrecord/calendar-feeds';
import { IMPORTS_ENTITIES } from '@onrecord/imports';

export const ENTITIES = [
  ...SYSTEM_CHECKS_ENTITIES,
  ...ACCOUNTS_ENTITIES,
  ...ORGANIZATIONS_ENTITIES,
  AuditEvent,
  ...DIRECTORY_ENTITIES,
  ...FAMILIES_ENTITIES,
  ...CASES_ENTITIES,
  ...ATTENDANCE_ENTITIES,
  ...REQUESTS_ENTITIES,
  ...FOLLOW_UPS_ENTITIES,
  ...PORTAL_ENTITIES,
  ...SURVEYS_ENTITIES,
  ...DOCUMENTS_ENTITIES,
  ...INBOUND_MAIL_ENTITIES,
  ...CALENDAR_FEEDS_ENTITIES,
  ...IMPORTS_ENTITIES,
];

export { MIGRATIONS } from './migration-list';

/** TypeORM subscribers: the audit writer. */
export const SUBSCRIBERS = [AuditSubscriber];
