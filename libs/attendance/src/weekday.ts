import { registerEnumType } from '@nestjs/graphql';

/** A school weekday, in the summary's rate by weekday. */
export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
}
registerEnumType(Weekday, { name: 'Weekday', description: 'A school weekday.' });
