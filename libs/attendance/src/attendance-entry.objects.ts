import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { AttendanceStatus } from './attendance-status';

@ObjectType('AttendanceEntry', {
  description: 'One student’s school day: how it went and what was seen. One per student and date.',
})
export class AttendanceEntryObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) studentId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) date!: string;
  @Field(() => AttendanceStatus) status!: AttendanceStatus;
  @Field(() => [Int], { description: 'Periods missed, e.g. [1, 2].' }) periodsMissed!: number[];
  @Field(() => String, { nullable: true, description: 'HH:MM, for PARTIAL and TARDY days.' })
  arrivalTime!: string | null;
  @Field(() => [String], { description: 'Trigger and barrier labels seen that day.' })
  triggers!: string[];
  @Field(() => String, { description: 'How the student responded to the day and its supports.' })
  studentResponse!: string;
  @Field(() => String) notes!: string;
  @Field(() => ID, { nullable: true }) recordedByUserId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The guardian who recorded the day from the family portal, if one did.',
  })
  recordedByGuardianId!: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}
export const AttendanceEntryConnection = ConnectionType(AttendanceEntryObject, 'AttendanceEntry');
