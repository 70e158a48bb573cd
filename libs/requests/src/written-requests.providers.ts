import { DeadlineCalendarListener } from './deadlines/deadline-calendar.listener';
import { DeadlineAttendanceListener } from './deadlines/deadline-attendance.listener';
import { DistrictCalendarNeedsResolver } from './deadlines/district-calendar-needs.resolver';
import { RequestChanges } from './request-changes';
import { RequestDeadlineService } from './deadlines/request-deadline.service';
import { WrittenRequestService } from './written-requests/written-request.service';
import { WrittenRequestResolver } from './written-requests/written-request.resolver';
import { WrittenRequestFieldsResolver } from './written-requests/written-request-fields.resolver';
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
