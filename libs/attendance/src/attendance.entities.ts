import { AttendanceEntry } from './attendance-entry.entity';
import { AttendanceEntrySupport } from './attendance-entry-support.entity';
import { ObservationTag } from './observation-tag.entity';
import { Support } from './support.entity';

/** The TypeORM entities of attendance, in one list: the schema catalog and the lib's specs use it. */
export const ATTENDANCE_ENTITIES = [
  Support,
  AttendanceEntry,
  AttendanceEntrySupport,
  ObservationTag,
];
