import { registerEnumType } from '@nestjs/graphql';

/** How a student's school day went. */
export enum AttendanceStatus {
  FULL = 'FULL',
  PARTIAL = 'PARTIAL',
  ABSENT = 'ABSENT',
  TARDY = 'TARDY',
  IN_BUILDING_NOT_IN_CLASS = 'IN_BUILDING_NOT_IN_CLASS',
}
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  valuesMap: {
    FULL: { description: 'Attended the whole day.' },
    PARTIAL: { description: 'Attended part of the day: say which periods were missed.' },
    IN_BUILDING_NOT_IN_CLASS: {
      description: 'At school but not in class (nurse, office, hallway, calm room).',
    },
  },
});
