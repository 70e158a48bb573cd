import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseOutcome, CaseStatus } from '@onrecord/cases';
import { RefusalReason, ResponseOutcome, WrittenRequestType } from '@onrecord/requests';

@ObjectType('ReportRange')
export class ReportRangeObject {
  @Field() from!: string;
  @Field() to!: string;
}

@ObjectType('RequestCount', {
  description:
    'Requests of a type in a state. OVERDUE: sent, unanswered, past its deadline now (not SENT).',
})
export class RequestCountObject {
  @Field(() => WrittenRequestType) type!: WrittenRequestType;
  @Field() state!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('DeadlineFigures', {
  description:
    'Of the requests whose deadline has passed or that were answered, how many were answered by their deadline (the first response that answers the request received on or before the due day). A stall does not answer a request: "we need more data", or a no without the Prior Written Notice the request type requires; such requests are counted apart (deferred, refusedWithoutPwn), never as answered.',
})
export class DeadlineFiguresObject {
  @Field(() => Int) decided!: number;
  @Field(() => Int) answeredByDeadline!: number;
  @Field(() => Int, {
    description:
      'Requests whose only answers are "we need more data first" (the latest answer on file is a deferral).',
  })
  deferred!: number;
  @Field(() => Int, {
    description:
      'Requests refused (in whole or part) without the Prior Written Notice their type requires, with no answer since that discharges them.',
  })
  refusedWithoutPwn!: number;
  @Field(() => Int, {
    description:
      "Of the decided, those whose due day an advocate set by hand (with a reason): not the law's day. They are counted in decided and answeredByDeadline by that day; take them away for the statutory figures (outcomeReportRequests lists each with the rule's own day).",
  })
  setByHand!: number;
  @Field(() => Int, { description: 'Of those set by hand, answered by the day set.' })
  setByHandAnsweredByDeadline!: number;
  @Field(() => Float, { nullable: true, description: '0–1; null when none is decided.' })
  share!: number | null;
}

@ObjectType('DaysToFirstResponse', {
  description: 'Calendar days from the school receiving a request to its first response.',
})
export class DaysToFirstResponseObject {
  @Field(() => Int) answered!: number;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Float, { nullable: true }) p90!: number | null;
}

@ObjectType('OutcomeCount')
export class OutcomeCountObject {
  @Field(() => ResponseOutcome) outcome!: ResponseOutcome;
  @Field(() => Int) count!: number;
}

@ObjectType('RefusalReasonCount')
export class RefusalReasonCountObject {
  @Field(() => RefusalReason) reason!: RefusalReason;
  @Field(() => Int) count!: number;
}

@ObjectType('PlaceFigures', {
  description:
    'A district or a school: its requests, how late and how often deferred its answers are. Ranked: most late first, then most deferred.',
})
export class PlaceFiguresObject {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => Int) requests!: number;
  @Field(() => Int) answered!: number;
  @Field(() => Float, { nullable: true }) answeredByDeadlineShare!: number | null;
  @Field(() => Int, { description: 'Answered after the deadline, or overdue now.' })
  late!: number;
  @Field(() => Int, { description: 'Answered "deferred: needs data".' })
  deferred!: number;
  @Field(() => Float, { nullable: true }) medianDaysToFirstResponse!: number | null;
}

@ObjectType('FollowUpEffectiveness', {
  description:
    'Requests that got a follow-up to the school, and how many were answered within 5 school days of the first one (school days by the district calendar; weekdays where it has none).',
})
export class FollowUpEffectivenessObject {
  @Field(() => Int) followedUp!: number;
  @Field(() => Int) answeredWithinFiveSchoolDays!: number;
  @Field(() => Float, { nullable: true }) share!: number | null;
}

@ObjectType('CaseStatusCount')
export class CaseStatusCountObject {
  @Field(() => CaseStatus) status!: CaseStatus;
  @Field(() => Int) count!: number;
}

@ObjectType('CaseOutcomeCount')
export class CaseOutcomeCountObject {
  @Field(() => CaseOutcome) outcome!: CaseOutcome;
  @Field(() => Int) count!: number;
}

@ObjectType('CaseFigures', { description: 'Cases opened in the range.' })
export class CaseFiguresObject {
  @Field(() => Int) opened!: number;
  @Field(() => [CaseStatusCountObject]) byStatus!: CaseStatusCountObject[];
  @Field(() => [CaseOutcomeCountObject]) outcomes!: CaseOutcomeCountObject[];
  @Field(() => Int, { description: 'Resolved or closed (per the status history).' })
  resolved!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Days from opening to the first change to RESOLVED or CLOSED.',
  })
  medianDaysToResolution!: number | null;
}

@ObjectType('AdvocateCaseload', { description: 'Open cases (not resolved or closed) now.' })
export class AdvocateCaseloadObject {
  @Field(() => ID, { description: 'The member id.' }) memberId!: string;
  @Field() name!: string;
  @Field(() => Int) openCases!: number;
  @Field(() => Int) openRequests!: number;
}

@ObjectType('ReportFreshness', {
  description:
    'How fresh the figures are. Read from the primary database, the summary is brought up to date first: current. Read from the read replica (DATABASE_REPLICA_URL), nothing is written: the figures hold every change recorded up to asOf, which is the earlier of how far the replica has replayed the primary and when the oldest request still waiting to be recomputed by the worker was last computed.',
})
export class ReportFreshnessObject {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Every change recorded up to this instant is in the figures (the time of reading when current). Null: the replica cannot tell (it has replayed nothing since it started).',
  })
  asOf!: Date | null;
  @Field({ description: 'Read from the read replica rather than the primary.' })
  replica!: boolean;
  @Field(() => Int, {
    description:
      "Requests of the organization changed since the report's summary last computed them (the worker recomputes them every half minute); 0 when read from the primary, which computes them first.",
  })
  requestsAwaitingRecompute!: number;
}

@ObjectType('OutcomeReport', {
  description:
    "What advocacy achieved over a range: the written requests sent in it (by type and state, answered by the deadline, days to an answer, outcomes, reasons for a no, by district and school), whether follow-ups got answers, the cases opened in it, and each advocate's caseload now.",
})
export class OutcomeReportObject {
  @Field(() => ReportRangeObject) range!: ReportRangeObject;
  @Field(() => Int) requests!: number;
  @Field(() => [RequestCountObject]) requestsByTypeAndState!: RequestCountObject[];
  @Field(() => DeadlineFiguresObject) deadlines!: DeadlineFiguresObject;
  @Field(() => DaysToFirstResponseObject) daysToFirstResponse!: DaysToFirstResponseObject;
  @Field(() => Int, { description: 'Of these requests, overdue now.' }) overdueNow!: number;
  @Field(() => [OutcomeCountObject]) outcomes!: OutcomeCountObject[];
  @Field(() => [RefusalReasonCountObject]) refusalReasons!: RefusalReasonCountObject[];
  @Field(() => [PlaceFiguresObject]) districts!: PlaceFiguresObject[];
  @Field(() => [PlaceFiguresObject]) schools!: PlaceFiguresObject[];
  @Field(() => FollowUpEffectivenessObject) followUps!: FollowUpEffectivenessObject;
  @Field(() => CaseFiguresObject) cases!: CaseFiguresObject;
  @Field(() => [AdvocateCaseloadObject]) caseloadPerAdvocate!: AdvocateCaseloadObject[];
  @Field(() => ReportFreshnessObject) freshness!: ReportFreshnessObject;
}
