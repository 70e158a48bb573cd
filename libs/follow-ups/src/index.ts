export * from './model/follow-up-enums';
export * from './model/follow-up-policy.entity';
export * from './model/follow-up.entity';
export * from './model/follow-up-attempt.entity';
export * from './worker/advocate-digest.entity';
export * from './messages/follow-up-template.entity';
export * from './follow-ups.module';
export * from './api/follow-up-policy.service';
export * from './planning/follow-up-planner.service';
export * from './planning/follow-up-sweep.service';
export * from './worker/follow-up-sender.service';
export * from './worker/advocate-digest.service';
export * from './messages/message-facts';
export {
  FOLLOW_UP_MERGE_FIELDS,
  followUpTemplateProblems,
  type FollowUpFieldName,
} from './messages/merge-fields';
export * from './messages/merge-values';
export * from './messages/default-templates';
export * from './messages/render';
export * from './messages/digest';
export * from './messages/failure-notice';
export {
  addSchoolDays,
  atLocalTime,
  inSendingWindow,
  nextSendingTime,
  type FollowUpPlace,
  type SendingWindow,
} from './planning/follow-up-calendar';
export { caseAdvocates } from './model/case-advocates';
export * from './messages/message-language';
export * from './follow-ups.entities';
