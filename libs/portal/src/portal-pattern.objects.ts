import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RATE_FORMULA, Weekday } from '@onrecord/attendance';

/*
 * The attendance pattern as a family sees it: the advocate's summary (the same days, the same
 * arithmetic), in the portal's own types, with the counts a family reads ("6 of 9 missed").
 * No supports, no notes: those are the advocate's records.
 */

const MISSED = 'Of those, days with no class attended (ABSENT or IN_BUILDING_NOT_IN_CLASS).';

@ObjectType({ description: 'Some logged school days, counted.' })
export class PortalDayCounts {
  @Field(() => Int, { description: 'School days with an attendance entry.' })
  enteredDays!: number;
  @Field(() => Int, { description: MISSED }) missedDays!: number;
  @Field(() => Int, { description: 'Of those, days at school for part of the day (PARTIAL).' })
  partialDays!: number;
  @Field(() => Float, { nullable: true, description: RATE_FORMULA }) rate!: number | null;
}

@ObjectType({ description: 'One ISO week (Monday to Sunday) with an entry.' })
export class PortalWeekPattern extends PortalDayCounts {
  @Field({ description: 'The Monday, YYYY-MM-DD.' }) weekStart!: string;
}

@ObjectType()
export class PortalWeekdayPattern extends PortalDayCounts {
  @Field(() => Weekday) weekday!: Weekday;
}

@ObjectType()
export class PortalTriggerCount {
  @Field({ description: 'As the day stores it (English for the built-in ones).' })
  label!: string;
  @Field(() => Int, { description: 'Logged days on which it was noted.' }) days!: number;
}

@ObjectType({
  description:
    'Your student’s attendance over some weeks: the same summary your advocate sees. School days only.',
})
export class PortalAttendanceSummary {
  @Field(() => ID) studentId!: string;
  @Field({ description: 'YYYY-MM-DD.' }) from!: string;
  @Field({ description: 'YYYY-MM-DD.' }) to!: string;
  @Field(() => PortalDayCounts, { description: 'Every logged school day of the range.' })
  overall!: PortalDayCounts;
  @Field(() => [PortalWeekPattern], { description: 'Weeks with an entry, oldest first.' })
  weeks!: PortalWeekPattern[];
  @Field(() => [PortalWeekdayPattern], { description: 'Monday to Friday.' })
  weekdays!: PortalWeekdayPattern[];
  @Field(() => [PortalTriggerCount], {
    description: 'What seemed to make it hard, the ten most noted, most days first.',
  })
  topTriggers!: PortalTriggerCount[];
}
