import { District } from './district.entity';
import { EscalationStep } from './escalation-step.entity';
import { NonSchoolDay } from './non-school-day.entity';
import { School } from './school.entity';
import { SchoolContact } from './school-contact.entity';
import { SchoolYear } from './school-year.entity';

/** The TypeORM entities of directory, in one list: the schema catalog and the lib's specs use it. */
export const DIRECTORY_ENTITIES = [
  District,
  SchoolYear,
  NonSchoolDay,
  School,
  SchoolContact,
  EscalationStep,
];
