/**
 * The schema's history and the entities it must match. Every migration file in this folder
 * is listed here (a test checks it), so the apps, the tests and the TypeORM CLI run the
 * same list in the same order.
 */
import { SystemCheck } from '@onrecord/system-checks';
import { RefreshToken, User } from '@onrecord/accounts';
import {
  Invitation,
  Membership,
  Organization,
  OrganizationSetting,
  ReportingApiKey,
  SignUpRequest,
} from '@onrecord/organizations';
import { AuditEvent, AuditSubscriber } from '@onrecord/platform/audit';
import {
  District,
  EscalationStep,
  NonSchoolDay,
  School,
  SchoolContact,
  SchoolYear,
} from '@onrecord/directory';
import { Family, Guardian, Student } from '@onrecord/families';
import { Case, CaseAssignment, CaseNote, CaseStatusChange, FamilyMessage } from '@onrecord/cases';
import {
  AttendanceEntry,
  AttendanceEntrySupport,
  ObservationTag,
  Support,
} from '@onrecord/attendance';
import {
  Commitment,
  RequestAttachment,
  RequestRecipient,
  DeadlineRuleOverride,
  LetterTemplate,
  Meeting,
  MeetingAttendee,
  MeetingTask,
  SchoolResponse,
  WrittenRequest,
} from '@onrecord/requests';
import {
  AdvocateDigest,
  FollowUp,
  FollowUpAttempt,
  FollowUpPolicy,
  FollowUpTemplate,
} from '@onrecord/follow-ups';
import { PortalAccess, PortalSession, PortalSignInLink } from '@onrecord/portal';

export const ENTITIES = [
  SystemCheck,
  User,
  RefreshToken,
  Organization,
  Membership,
  Invitation,
  SignUpRequest,
  AuditEvent,
  District,
  SchoolYear,
  NonSchoolDay,
  School,
  SchoolContact,
  EscalationStep,
  Family,
  Guardian,
  Student,
  Case,
  CaseAssignment,
  CaseStatusChange,
  CaseNote,
  FamilyMessage,
  Support,
  AttendanceEntry,
  AttendanceEntrySupport,
  ObservationTag,
  WrittenRequest,
  RequestRecipient,
  RequestAttachment,
  SchoolResponse,
  Commitment,
  OrganizationSetting,
  Meeting,
  MeetingAttendee,
  MeetingTask,
  LetterTemplate,
  DeadlineRuleOverride,
  FollowUpPolicy,
  FollowUp,
  FollowUpAttempt,
  AdvocateDigest,
  FollowUpTemplate,
  ReportingApiKey,
  PortalAccess,
  PortalSignInLink,
  PortalSession,
];

export { MIGRATIONS } from './migration-list';

/** TypeORM subscribers: the audit writer. */
export const SUBSCRIBERS = [AuditSubscriber];
