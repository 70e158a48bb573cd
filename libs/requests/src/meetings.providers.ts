import { OrganizationSettingsService } from '@onrecord/organizations';
import { MeetingService } from './meetings/meeting.service';
import { MeetingResolver, MeetingTaskResolver } from './meetings/meeting.resolver';
import { MeetingCaseloadFactsSource } from './meetings/meeting.caseload-facts';
import { MeetingTimelineSource } from './meetings/meeting.timeline-source';

/**
 * Meetings: services and resolvers. OrganizationSettingsService is stateless and provided
 * here too, as this module does not import the organizations module.
 */
export const MEETING_PROVIDERS = [
  OrganizationSettingsService,
  MeetingService,
  MeetingResolver,
  MeetingTaskResolver,
  MeetingCaseloadFactsSource,
  MeetingTimelineSource,
];
export const MEETING_EXPORTS = [MeetingService];
