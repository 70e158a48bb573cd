import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@onrecord/platform/graphql';
import { SchoolContactRole } from './school-contact-role';

/**
 * The directory's GraphQL types. Related records (a district's schools, a school's chain)
 * are field resolvers backed by DataLoaders, in the resolvers beside these.
 */

@ObjectType('District', {
  description: 'A school district; its state is the jurisdiction whose deadlines apply.',
})
export class DistrictObject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Two-letter US state code.' }) state!: string;
  @Field(() => String, { description: 'IANA time zone; deadlines fall at the end of a day here.' })
  timeZone!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
export const DistrictConnection = ConnectionType(DistrictObject, 'District');

@ObjectType('School')
export class SchoolObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) districtId!: string;
  @Field(() => String) name!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
export const SchoolConnection = ConnectionType(SchoolObject, 'School');

@ObjectType('SchoolContact', {
  description: 'A person at a district or school whom requests go to.',
})
export class SchoolContactObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) districtId!: string;
  @Field(() => ID, { nullable: true, description: 'None for district-wide staff.' })
  schoolId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => SchoolContactRole) role!: SchoolContactRole;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'E.164, e.g. +15125550123.' })
  phone!: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) archivedAt!: Date | null;
}
export const SchoolContactConnection = ConnectionType(SchoolContactObject, 'SchoolContact');

@ObjectType('NonSchoolDay', { description: 'A weekday inside a school year with no school.' })
export class NonSchoolDayObject {
  @Field(() => String, { description: 'YYYY-MM-DD.' }) date!: string;
  @Field(() => String) label!: string;
}

@ObjectType('SchoolYear', {
  description: "A district's calendar for one school year: first and last instructional day.",
})
export class SchoolYearObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) districtId!: string;
  @Field(() => String, { description: 'e.g. "2025-26".' }) label!: string;
  @Field(() => String, { description: 'First instructional day, YYYY-MM-DD.' }) firstDay!: string;
  @Field(() => String, { description: 'Last instructional day, YYYY-MM-DD.' }) lastDay!: string;
}

@ObjectType('IgnoredCalendarEvent', { description: 'An event of the .ics that was not imported.' })
export class IgnoredCalendarEventObject {
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, when it had a date.' })
  date!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The last day of that first occurrence, included (YYYY-MM-DD): to add it as days without school.',
  })
  to!: string | null;
  @Field(() => String) reason!: string;
}

@ObjectType('ImportedNonSchoolDay', {
  description: 'A weekday without school in an imported calendar, and the event it came from.',
})
export class ImportedNonSchoolDayObject {
  @Field(() => String, { description: 'YYYY-MM-DD.' }) date!: string;
  @Field(() => String) label!: string;
  @Field(() => String, {
    nullable: true,
    description: "The event's summary in the file; none when the reviewer added the day.",
  })
  event!: string | null;
}

@ObjectType('SchoolCalendarImport', { description: 'What an iCalendar import did.' })
export class SchoolCalendarImportObject {
  @Field(() => SchoolYearObject) schoolYear!: SchoolYearObject;
  @Field(() => Boolean, { description: 'True when a school year with this label was replaced.' })
  replaced!: boolean;
  @Field(() => Int, { description: 'Non-school weekdays stored.' }) nonSchoolDayCount!: number;
  @Field(() => [IgnoredCalendarEventObject]) ignoredEvents!: IgnoredCalendarEventObject[];
}

@ObjectType('SchoolCalendarPreview', {
  description: 'What importing an iCalendar would save, read and checked but not saved.',
})
export class SchoolCalendarPreviewObject {
  @Field(() => String, { description: 'The school year it would be saved as.' }) label!: string;
  @Field(() => String, { description: 'First instructional day, YYYY-MM-DD.' }) firstDay!: string;
  @Field(() => String, { description: 'Last instructional day, YYYY-MM-DD.' }) lastDay!: string;
  @Field(() => Boolean, {
    description: 'True when a school year with this label exists and would be replaced.',
  })
  replaces!: boolean;
  @Field(() => [ImportedNonSchoolDayObject], {
    description: 'The non-school weekdays, in date order, with the corrections applied.',
  })
  nonSchoolDays!: ImportedNonSchoolDayObject[];
  @Field(() => Int, {
    description: 'Weekdays from the first to the last day, less the non-school days.',
  })
  schoolDayCount!: number;
  @Field(() => [IgnoredCalendarEventObject], {
    description:
      'Events not taken, each with why: not understood, a school-day event, outside the year…',
  })
  ignoredEvents!: IgnoredCalendarEventObject[];
}
