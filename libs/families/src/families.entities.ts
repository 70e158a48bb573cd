import { Family } from './family.entity';
import { Guardian } from './guardian.entity';
import { Student } from './student.entity';

/** The TypeORM entities of families, in one list: the schema catalog and the lib's specs use it. */
export const FAMILIES_ENTITIES = [Family, Guardian, Student];
