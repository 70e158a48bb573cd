/**
 * What the other libs, the apps and the tests use of follow-ups: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { FollowUpObject } from './api/follow-up.objects';
export { FollowUpPolicyService } from './api/follow-up-policy.service';
export { FOLLOW_UPS_ENTITIES } from './follow-ups.entities';
export { FollowUpsModule, FollowUpsWorkerModule } from './follow-ups.module';
export { caseAdvocates } from './model/case-advocates';
export {
  FollowUpKind,
  FollowUpStatus,
  PENDING_STATUSES,
  SendingDays,
} from './model/follow-up-enums';
export { FollowUpPolicy } from './model/follow-up-policy.entity';
export { FollowUp } from './model/follow-up.entity';
// The demo records messages as sent days before it was seeded, as the sender would have.
export { FollowUpAttempt, FollowUpAttemptOutcome } from './model/follow-up-attempt.entity';
export { messageKey, SEND_SLOTS } from './worker/follow-up-sender.service';
export { atLocalTime } from './planning/follow-up-calendar';
export { AdvocateDigests } from './worker/advocate-digest.service';
