import { registerEnumType } from '@nestjs/graphql';

/**
 * What a parent center does for many people at once, which its annual report counts apart
 * from individual assistance: trainings (workshops, presentations, conferences it runs) and
 * outreach (a table at a resource fair, a talk to a community group, materials handed out).
 */
export enum OutreachKind {
  TRAINING = 'TRAINING',
  OUTREACH = 'OUTREACH',
}
registerEnumType(OutreachKind, { name: 'OutreachKind' });

/** Where the people were: in the room, or online. Funders count the two apart. */
export enum OutreachFormat {
  IN_PERSON = 'IN_PERSON',
  VIRTUAL = 'VIRTUAL',
}
registerEnumType(OutreachFormat, { name: 'OutreachFormat' });
