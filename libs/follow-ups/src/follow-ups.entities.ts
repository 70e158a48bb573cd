import { FollowUpTemplate } from './messages/follow-up-template.entity';
import { FollowUp } from './model/follow-up.entity';
import { FollowUpAttempt } from './model/follow-up-attempt.entity';
import { FollowUpPolicy } from './model/follow-up-policy.entity';
import { AdvocateDigest } from './worker/advocate-digest.entity';

/** The TypeORM entities of follow-ups, in one list: the schema catalog and the lib's specs use it. */
export const FOLLOW_UPS_ENTITIES = [
  FollowUpPolicy,
  FollowUp,
  FollowUpAttempt,
  AdvocateDigest,
  FollowUpTemplate,
];
