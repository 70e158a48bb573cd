/**
 * What the other libs, the apps and the tests use of attendance: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { AttendanceChanges } from './attendance-changes';
export { AttendanceEntrySupport } from './attendance-entry-support.entity';
export { AttendanceEntry } from './attendance-entry.entity';
export { RecordAttendanceInput } from './attendance-entry.inputs';
export { AttendanceEntryService } from './attendance-entry.service';
export { AttendanceStatus } from './attendance-status';
export { RATE_FORMULA, weekStartOf } from './attendance-summary';
export { WeeklyAttendanceRateObject } from './attendance-summary.objects';
export { AttendanceSummaryService } from './attendance-summary.service';
export { ATTENDANCE_ENTITIES } from './attendance.entities';
export { AttendanceModule } from './attendance.module';
export { ObservationTagTranslationObject } from './observation-tag.objects';
export { ObservationTagService } from './observation-tag.service';
export { Support } from './support.entity';
export { Weekday } from './weekday';
