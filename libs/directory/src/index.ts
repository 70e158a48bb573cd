/**
 * What the other libs, the apps and the tests use of directory: its module, the services and
 * read queries they call, the entities they read, the types they share. The rest is its own;
 * export more here only when another lib needs it.
 */
export { toSchool, toSchoolContact } from './conversions';
export { DIRECTORY_ENTITIES } from './directory.entities';
export { knownSchools, loadSchool } from './directory.loaders';
export { DirectoryModule } from './directory.module';
export { SchoolContactObject, SchoolObject } from './directory.objects';
export { District } from './district.entity';
export { EscalationChainService } from './escalation-chain.service';
export { EscalationStep } from './escalation-step.entity';
export { type ImportedSchoolCalendar, importSchoolCalendar } from './ics-calendar';
export { NonSchoolDay } from './non-school-day.entity';
export { type SchoolDayStatus, schoolDayStatuses } from './school-calendar';
export { SchoolCalendarChanges } from './school-calendar-changes';
export { SchoolCalendarService } from './school-calendar.service';
export { SchoolContactRole } from './school-contact-role';
export { SchoolContact } from './school-contact.entity';
export { CreateSchoolContactInput } from './school-contact.inputs';
export { SchoolContactService } from './school-contact.service';
export { SchoolYear } from './school-year.entity';
export { School } from './school.entity';
