import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { CommitmentStatus, RefusalReason, ResponseOutcome } from './school-response.enums';
import { DeliveryChannel } from '../written-requests/written-request.enums';

@ObjectType('SchoolResponse', { description: 'What the school said to a written request.' })
export class SchoolResponseObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => String) receivedOn!: string;
  @Field(() => DeliveryChannel) channel!: DeliveryChannel;
  @Field(() => ID, { nullable: true }) respondedByContactId!: string | null;
  @Field(() => ResponseOutcome) outcome!: ResponseOutcome;
  @Field(() => [RefusalReason]) reasons!: RefusalReason[];
  @Field(() => String) summary!: string;
  @Field(() => Boolean) priorWrittenNotice!: boolean;
  @Field(() => Boolean, { description: 'It answered only part of what was asked.' })
  partial!: boolean;
  @Field(() => ID, { nullable: true }) recordedByUserId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}

@ObjectType('Commitment', { description: 'What the school promised in a response, and by when.' })
export class CommitmentObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => ID) responseId!: string;
  @Field(() => String) description!: string;
  @Field(() => String) dueOn!: string;
  @Field(() => CommitmentStatus) status!: CommitmentStatus;
  @Field(() => String, { nullable: true, description: 'When it was met or missed.' })
  resolvedOn!: string | null;
  @Field(() => String) dataWhat!: string;
  @Field(() => String) dataHow!: string;
  @Field(() => String) meanwhile!: string;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
  /** The organization, for the computed `overdue` field (not exposed). */
  organizationId!: string;
}
export const CommitmentConnection = ConnectionType(CommitmentObject, 'Commitment');
