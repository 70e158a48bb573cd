import { OrganizationSettingsService } from '@onrecord/organizations';
import { MeetingService } from './meeting.service';
import { MeetingResolver, MeetingTaskResolver } from './meeting.resolver';
import { MeetingCaseloadFactsSource } from './meeting.caseload-facts';
import { MeetingTimelineSource } from './meeting.timeline-source';

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
