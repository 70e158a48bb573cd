import { DeadlineCalendarListener } from './deadline-calendar.listener';
import { RequestDeadlineService } from './request-deadline.service';
import { WrittenRequestService } from './written-request.service';
import { WrittenRequestResolver } from './written-request.resolver';
import { WrittenRequestFieldsResolver } from './written-request-fields.resolver';

/** Written requests: services and resolvers. */
export const WRITTEN_REQUEST_PROVIDERS = [
  DeadlineCalendarListener,
  RequestDeadlineService,
  WrittenRequestService,
  WrittenRequestResolver,
  WrittenRequestFieldsResolver,
];
export const WRITTEN_REQUEST_EXPORTS = [RequestDeadlineService, WrittenRequestService];
