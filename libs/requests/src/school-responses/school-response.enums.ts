import { registerEnumType } from '@nestjs/graphql';

export enum ResponseOutcome {
  GRANTED = 'GRANTED',
  PARTIALLY_GRANTED = 'PARTIALLY_GRANTED',
  DENIED = 'DENIED',
  DEFERRED_NEEDS_DATA = 'DEFERRED_NEEDS_DATA',
  NOT_AVAILABLE = 'NOT_AVAILABLE',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  REFERRED_ELSEWHERE = 'REFERRED_ELSEWHERE',
  OTHER = 'OTHER',
}
registerEnumType(ResponseOutcome, { name: 'ResponseOutcome' });

/** The reasons a school gives for a no. */
export enum RefusalReason {
  LACK_OF_DATA = 'LACK_OF_DATA',
  RESOURCES_STAFFING = 'RESOURCES_STAFFING',
  PRECEDENT_OR_POLICY = 'PRECEDENT_OR_POLICY',
  PREDETERMINED = 'PREDETERMINED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  OTHER = 'OTHER',
}
registerEnumType(RefusalReason, { name: 'RefusalReason' });

export enum CommitmentStatus {
  OPEN = 'OPEN',
  MET = 'MET',
  MISSED = 'MISSED',
}
registerEnumType(CommitmentStatus, { name: 'CommitmentStatus' });
