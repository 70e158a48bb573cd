import { DeadlineCalendarListener } from './deadline-calendar.listener';
import { DeadlineAttendanceListener } from './deadline-attendance.listener';
import { DistrictCalendarNeedsResolver } from './district-calendar-needs.resolver';
import { RequestChanges } from './request-changes';
import { RequestDeadlineService } from './request-deadline.service';
import { WrittenRequestService } from './written-request.service';
import { WrittenRequestResolver } from './written-request.resolver';
import { WrittenRequestFieldsResolver } from './written-request-fields.resolver';
import { CaseRecordsResolver } from './case-records.resolver';

/** Written requests: services and resolvers. */
export const WRITTEN_REQUEST_PROVIDERS = [
  RequestChanges,
  DeadlineCalendarListener,
  DeadlineAttendanceListener,
  RequestDeadlineService,
  WrittenRequestService,
  WrittenRequestResolver,
  WrittenRequestFieldsResolver,
  DistrictCalendarNeedsResolver,
  CaseRecordsResolver,
];
export const WRITTEN_REQUEST_EXPORTS = [
  RequestChanges,
  RequestDeadlineService,
  WrittenRequestService,
];
