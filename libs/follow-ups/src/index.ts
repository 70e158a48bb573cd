export * from './follow-up-enums';
export * from './follow-up-policy.entity';
export * from './follow-up.entity';
export * from './follow-up-attempt.entity';
export * from './advocate-digest.entity';
export * from './follow-up-template.entity';
export * from './follow-ups.module';
export * from './follow-up-policy.service';
export * from './follow-up-planner.service';
export * from './follow-up-sweep.service';
export * from './follow-up-sender.service';
export * from './advocate-digest.service';
export * from './follow-up-message';
export {
  addSchoolDays,
  atLocalTime,
  inSendingWindow,
  nextSendingTime,
  type FollowUpPlace,
  type SendingWindow,
} from './follow-up-calendar';
export { caseAdvocates } from './case-advocates';
export * from './message-language';
