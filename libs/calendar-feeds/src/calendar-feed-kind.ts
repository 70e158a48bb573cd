import { registerEnumType } from '@nestjs/graphql';

/** Whose deadlines a calendar feed holds. */
export enum CalendarFeedKind {
  /** The cases assigned to the member who issued it. */
  OWN = 'OWN',
  /** Every case of the organization: admins only. */
  ORGANIZATION = 'ORGANIZATION',
}
registerEnumType(CalendarFeedKind, {
  name: 'CalendarFeedKind',
  description:
    'Whose deadlines a calendar feed holds: OWN, the cases assigned to you; ORGANIZATION, every case (admins only).',
  valuesMap: {
    OWN: { description: 'The cases assigned to the member who issued it.' },
    ORGANIZATION: { description: 'Every case of the organization (admins only).' },
  },
});
