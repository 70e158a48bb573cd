import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { CaseClosingReason, CaseConcern, CaseOutcome, CaseStatus } from './case-enums';

/**
 * The case's GraphQL types. Its family, student, advocates, status history and time in each
 * status are field resolvers backed by DataLoaders (case-fields.resolver.ts).
 */

@ObjectType('Case', { description: "One family's matter about one student." })
export class CaseObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) familyId!: string;
  @Field(() => ID) studentId!: string;
  @Field(() => String) title!: string;
  @Field(() => [CaseConcern]) concerns!: CaseConcern[];
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) openedOn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: when it was RESOLVED or CLOSED; cleared when reopened.',
  })
  closedOn!: string | null;
  @Field(() => CaseOutcome, { nullable: true, description: 'How it ended; cleared when reopened.' })
  outcome!: CaseOutcome | null;
  @Field(() => String) outcomeNotes!: string;
  @Field(() => CaseClosingReason, {
    nullable: true,
    description: 'How much was done, when recorded on ending; cleared when reopened.',
  })
  closingReason!: CaseClosingReason | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Why the case is under a legal hold (due process, a complaint): its family cannot be erased until an admin releases it.',
  })
  legalHold!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
export const CaseConnection = ConnectionType(CaseObject, 'Case');

@ObjectType('CaseStatusChange', { description: 'A move of a case from one status to another.' })
export class CaseStatusChangeObject {
  @Field(() => ID) id!: string;
  @Field(() => CaseStatus, { nullable: true, description: "None for the case's first status." })
  fromStatus!: CaseStatus | null;
  @Field(() => CaseStatus) toStatus!: CaseStatus;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
  @Field(() => ID, { nullable: true }) changedByUserId!: string | null;
  @Field(() => String) reason!: string;
}

@ObjectType('CaseTimeInStatus', {
  description: "Calendar days a case has spent in a status (in the organization's time zone).",
})
export class TimeInStatusObject {
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => Int) days!: number;
}
