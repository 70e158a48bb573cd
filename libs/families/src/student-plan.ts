import { registerEnumType } from '@nestjs/graphql';

/** The plan a student has at school. */
export enum StudentPlan {
  IEP = 'IEP',
  SECTION_504 = 'SECTION_504',
  NONE = 'NONE',
  BEING_EVALUATED = 'BEING_EVALUATED',
}
registerEnumType(StudentPlan, { name: 'StudentPlan' });
