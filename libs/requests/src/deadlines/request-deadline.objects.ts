import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

/**
 * A request's deadline as GraphQL shows it, for a stored request and a preview alike:
 * converted from the engine's stored result (request-deadline.conversions.ts).
 */

@ObjectType('DeadlineSkippedDay', { description: 'A day the count skipped, and why.' })
export class DeadlineSkippedDayObject {
  @Field(() => String, { description: 'YYYY-MM-DD.' }) date!: string;
  @Field(() => String, {
    description: 'WEEKEND, FEDERAL_HOLIDAY, STATE_HOLIDAY, NON_SCHOOL_DAY, BREAK or SUMMER.',
  })
  kind!: string;
  @Field(() => String, {
    description: 'e.g. "Thanksgiving break (break longer than 5 school days)".',
  })
  reason!: string;
}

@ObjectType('DeadlineReading', {
  description: 'One way of reading an ambiguous rule, with the due day it gives.',
})
export class DeadlineReadingObject {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) dueOn!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) dueAt!: Date | null;
  @Field(() => [String], { description: 'The option chosen for each ambiguity, in words.' })
  assumptions!: string[];
  @Field(() => String) summary!: string;
}

@ObjectType('DeadlineJurisdiction', { description: 'Whose rule timed the request.' })
export class DeadlineJurisdictionObject {
  @Field(() => String, {
    nullable: true,
    description: "The state asked for (the district's), none without a school.",
  })
  requested!: string | null;
  @Field(() => String, { description: 'The table the rule came from: a state, or US (federal).' })
  applied!: string;
  @Field(() => Boolean) fellBackToFederal!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the federal rule applies, in words.' })
  note!: string | null;
}

@ObjectType('DeadlineOverride', { description: 'A due date set by hand, with its reason.' })
export class DeadlineOverrideObject {
  @Field(() => String, { description: 'YYYY-MM-DD.' }) dueOn!: string;
  @Field(() => String) reason!: string;
  @Field(() => ID, { nullable: true }) byUserId!: string | null;
}

@ObjectType('DeadlineProvisional', {
  description:
    "A due day counted without the district's school calendar: weekdays less public holidays stood in for school days. Follow-ups use it; it is recomputed when the calendar is added.",
})
export class DeadlineProvisionalObject {
  @Field(() => String, {
    description: 'e.g. "provisional: no school calendar for 2026-27 — add it".',
  })
  sentence!: string;
  @Field(() => [String], { description: 'The school years the calendar lacks, e.g. ["2026-27"].' })
  schoolYears!: string[];
  @Field(() => String, { description: 'YYYY-MM-DD: the first day the calendar did not cover.' })
  missingFrom!: string;
}

@ObjectType('DeadlineAbsences', {
  description:
    'The absences a rule counted (TX TEC 29.004(a)(1)): absent on enough school days of the period, the period is extended by them.',
})
export class DeadlineAbsencesObject {
  @Field(() => [String], {
    description: 'School days of the period the student was absent (YYYY-MM-DD).',
  })
  days!: string[];
  @Field(() => Int, { description: 'School days added to the period (0 below the minimum).' })
  extendedBy!: number;
  @Field(() => Int, { description: 'How many absences extend the period.' })
  minDays!: number;
  @Field(() => String) citation!: string;
}

@ObjectType('DeadlineMove', {
  description: 'The last time a recomputation moved the due day, and why.',
})
export class DeadlineMoveObject {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or none.' }) from!:
    string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, or none.' }) to!: string | null;
  @Field(() => Boolean, { description: 'The earlier day was provisional.' })
  fromProvisional!: boolean;
  @Field(() => String, { description: 'e.g. "the school calendar changed".' }) because!: string;
  @Field(() => String, { description: 'The move in one sentence.' }) sentence!: string;
}

@ObjectType('RequestDeadline', {
  description:
    'When the school must answer, and why: the rule, its citation, the days counted and skipped. An override, when set, gives dueOn/dueAt; the computed date stays in computedDueOn.',
})
export class RequestDeadlineObject {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD in the district calendar.' })
  dueOn!: string | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: "End of the due day in the district's time zone (earliest reading).",
  })
  dueAt!: Date | null;
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'End of the due day of the latest reading, when the rule can be read two ways.',
  })
  latestDueAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'What the engine computed (YYYY-MM-DD).' })
  computedDueOn!: string | null;
  @Field(() => String, {
    description: 'RULE, ORGANIZATION_DEFAULT, ORGANIZATION_RULE, NO_FIXED_PERIOD or NO_RULE.',
  })
  basis!: string;
  @Field(() => String) basisLabel!: string;
  @Field(() => String, { nullable: true }) ruleId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What is due, in the rule table\'s words, e.g. "Proposed assessment plan".',
  })
  duty!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'What is due, written for the school and the family: the words letters, follow-ups and the portal use, e.g. "a proposed assessment plan, with a notice of the parent\'s rights".',
  })
  plainDuty!: string | null;
  @Field(() => String, { nullable: true, description: 'e.g. "19 TAC §89.1011".' })
  citation!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'V (rule text read), S (secondary source) or M (from memory).',
  })
  verificationStatus!: string | null;
  @Field(() => Boolean, {
    description: 'False for S and M rules and organization defaults: show "unverified".',
  })
  verified!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'CALENDAR_DAYS, BUSINESS_DAYS, SCHOOL_DAYS…',
  })
  unit!: string | null;
  @Field(() => Int, { nullable: true }) period!: number | null;
  @Field(() => String, { nullable: true, description: 'The earliest reading explained in a line.' })
  summary!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD: the day the clock started.' })
  triggerDate!: string;
  @Field(() => [DeadlineSkippedDayObject], { description: 'Days the earliest reading skipped.' })
  skippedDays!: DeadlineSkippedDayObject[];
  @Field(() => DeadlineReadingObject, { nullable: true }) earliest!: DeadlineReadingObject | null;
  @Field(() => DeadlineReadingObject, { nullable: true }) latest!: DeadlineReadingObject | null;
  @Field(() => [String], { description: 'Why the earliest and latest readings differ.' })
  whyReadingsDiffer!: string[];
  @Field(() => String, {
    nullable: true,
    description: 'Set when the district calendar does not cover the count: no date is guessed.',
  })
  incompleteReason!: string | null;
  @Field(() => DeadlineJurisdictionObject) jurisdiction!: DeadlineJurisdictionObject;
  @Field(() => [String]) notes!: string[];
  @Field(() => DeadlineOverrideObject, { nullable: true })
  override!: DeadlineOverrideObject | null;
  @Field(() => Boolean, {
    description:
      "True when an advocate set the date by hand: show it as such, with override.reason, and the rule's own date (computedDueOn) beside it.",
  })
  setByHand!: boolean;
  @Field(() => DeadlineProvisionalObject, {
    nullable: true,
    description: "Set when the date was counted without the district's school calendar.",
  })
  provisional!: DeadlineProvisionalObject | null;
  @Field(() => DeadlineAbsencesObject, {
    nullable: true,
    description: "The student's absences the rule counted, for rules that are extended by them.",
  })
  absences!: DeadlineAbsencesObject | null;
  @Field(() => DeadlineMoveObject, {
    nullable: true,
    description: 'What moved the due day last, e.g. a calendar added to a provisional date.',
  })
  lastMove!: DeadlineMoveObject | null;
  @Field(() => String, {
    description:
      'The deadline in one line, as the timeline and exports write it: "due 2025-11-23, set by hand: … (the rule\'s date: 2025-11-18, EC 56504)".',
  })
  line!: string;
}
