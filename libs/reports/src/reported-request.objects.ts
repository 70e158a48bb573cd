import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { WrittenRequestType } from '@onrecord/requests';

@ObjectType('ReportedRequest', {
  description:
    "One written request the outcome report counts, with its deadline told apart: the due day in force, whether an advocate set it by hand, and beside it the rule's own day and authority. Dates are YYYY-MM-DD. No family's name or words: ids, dates and the school's answers only.",
})
export class ReportedRequestObject {
  @Field(() => ID, { description: 'The written request.' }) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => WrittenRequestType) type!: WrittenRequestType;
  @Field(() => String, {
    description: 'Its status; OVERDUE when sent, unanswered and past its deadline now.',
  })
  state!: string;
  @Field(() => ID, { nullable: true, description: "The student's school now." })
  schoolId!: string | null;
  @Field(() => ID, { nullable: true }) districtId!: string | null;
  @Field(() => String, { nullable: true }) sentOn!: string | null;
  @Field(() => String, { nullable: true }) receivedOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The due day in force: the one set by hand when an advocate set one.',
  })
  dueOn!: string | null;
  @Field(() => Boolean, {
    description:
      "An advocate set the due day by hand (with a reason, on the request): it is not the law's.",
  })
  dueSetByHand!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'The day the rule itself gives (the one a hand-set day replaced), if any.',
  })
  ruleDueOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "Where the rule's day comes from: RULE (a statute or regulation), ORGANIZATION_RULE or ORGANIZATION_DEFAULT (the organization's, not law), NO_FIXED_PERIOD or NO_RULE.",
  })
  ruleBasis!: string | null;
  @Field(() => String, { nullable: true }) ruleCitation!: string | null;
  @Field(() => Boolean, {
    description:
      "The due day in force is the law's: a statute's or regulation's (ruleBasis RULE), not set by hand.",
  })
  statutory!: boolean;
  @Field(() => String, { nullable: true, description: 'The first school response on record.' })
  firstResponseOn!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The first response that answers it (a stall does not).',
  })
  answeredOn!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Answered by the due day in force; null until decided (answered, or past the deadline).',
  })
  answeredByDeadline!: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'DEFERRED or REFUSED_WITHOUT_PWN while only stalls are on file.',
  })
  stall!: string | null;
}

export const ReportedRequestConnection = ConnectionType(ReportedRequestObject, 'ReportedRequest');
