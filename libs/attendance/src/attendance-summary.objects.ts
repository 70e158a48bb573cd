import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AttendanceStatus } from './attendance-status';
import { RATE_FORMULA } from './attendance-summary';
import { SupportObject } from './support.objects';
import { Weekday } from './weekday';

@ObjectType('AttendanceStatusTotal')
export class AttendanceStatusTotalObject {
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field(() => Int) days!: number;
}

@ObjectType('AttendanceRate', { description: RATE_FORMULA })
export class AttendanceRateObject {
  @Field(() => Int) enteredDays!: number;
  @Field(() => Float, { nullable: true, description: RATE_FORMULA }) rate!: number | null;
  @Field(() => Int, {
    description: 'Of those, days with no class attended (ABSENT or IN_BUILDING_NOT_IN_CLASS).',
  })
  missedDays!: number;
  @Field(() => Int, { description: 'Of those, PARTIAL days.' }) partialDays!: number;
}

@ObjectType('WeeklyAttendanceRate', { description: 'One ISO week (Monday to Sunday).' })
export class WeeklyAttendanceRateObject {
  @Field(() => ID, { description: 'The student whose week it is.' }) studentId!: string;
  @Field(() => String, { description: 'The Monday, YYYY-MM-DD.' }) weekStart!: string;
  @Field(() => Int, { description: 'School days of the week with an attendance entry.' })
  schoolDaysEntered!: number;
  @Field(() => Float, { nullable: true, description: RATE_FORMULA }) rate!: number | null;
  @Field(() => Int, {
    description: 'Of those, days with no class attended (ABSENT or IN_BUILDING_NOT_IN_CLASS).',
  })
  missedDays!: number;
  @Field(() => Int, { description: 'Of those, PARTIAL days.' }) partialDays!: number;
}

@ObjectType('WeekdayAttendanceRate')
export class WeekdayAttendanceRateObject {
  @Field(() => Weekday) weekday!: Weekday;
  @Field(() => Int) enteredDays!: number;
  @Field(() => Float, { nullable: true, description: RATE_FORMULA }) rate!: number | null;
  @Field(() => Int, {
    description: 'Of those, days with no class attended (ABSENT or IN_BUILDING_NOT_IN_CLASS).',
  })
  missedDays!: number;
  @Field(() => Int, { description: 'Of those, PARTIAL days.' }) partialDays!: number;
}

@ObjectType('PeriodMissedCount')
export class PeriodMissedCountObject {
  @Field(() => Int) period!: number;
  @Field(() => Int, { description: 'Entered days on which this period was missed.' })
  missed!: number;
}

@ObjectType('TriggerCount')
export class TriggerCountObject {
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'Entered days on which it was seen.' }) count!: number;
}

@ObjectType('SupportComparison', {
  description: 'Attendance before a support started vs. on and after it started, while in place.',
})
export class SupportComparisonObject {
  @Field(() => SupportObject) support!: SupportObject;
  @Field(() => AttendanceRateObject, { description: 'Entered days before it started.' })
  before!: AttendanceRateObject;
  @Field(() => AttendanceRateObject, {
    description: 'Entered days from its start to its end (inclusive), or to now.',
  })
  after!: AttendanceRateObject;
  @Field(() => Float, { nullable: true, description: 'after.rate − before.rate, when both exist.' })
  change!: number | null;
}

@ObjectType('AttendanceSummary', {
  description:
    'A student’s attendance over a date range: the baseline data. Counts entered school days ' +
    'only: entries on a weekend or a day without school are kept but not counted here.',
})
export class AttendanceSummaryObject {
  @Field(() => ID) studentId!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: from the first entry.' })
  from!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null: to the last entry.' })
  to!: string | null;
  @Field(() => Int, { description: 'The periods of a school day used to weigh PARTIAL days.' })
  periodsPerDay!: number;
  @Field(() => AttendanceRateObject, { description: 'Over every entered school day.' })
  overall!: AttendanceRateObject;
  @Field(() => Int, {
    description: 'Entries on days without school (recorded with acknowledgeNonSchoolDay).',
  })
  nonSchoolDayEntries!: number;
  @Field(() => [AttendanceStatusTotalObject]) totals!: AttendanceStatusTotalObject[];
  @Field(() => [WeeklyAttendanceRateObject], { description: 'Weeks with an entry, oldest first.' })
  weeks!: WeeklyAttendanceRateObject[];
  @Field(() => [WeekdayAttendanceRateObject], { description: 'Monday to Friday.' })
  weekdays!: WeekdayAttendanceRateObject[];
  @Field(() => [PeriodMissedCountObject], { description: 'From period 1 up.' })
  periodsMissed!: PeriodMissedCountObject[];
  @Field(() => [TriggerCountObject], { description: 'The ten most frequent, most days first.' })
  topTriggers!: TriggerCountObject[];
  @Field(() => [SupportComparisonObject], {
    description: 'Each support of the student (not archived), oldest first.',
  })
  supports!: SupportComparisonObject[];
}
