import { Module } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { OrganizationSettingsService } from '@onrecord/organizations';
import { RequestDeadlinesModule } from '../deadlines/request-deadlines.module';
import { CaseMeetingsResolver } from './case-meetings.resolver';
import { MeetingCaseloadFactsSource } from './meeting.caseload-facts';
import { MeetingResolver, MeetingTaskResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';
import { MeetingTimelineSource } from './meeting.timeline-source';

/**
 * Meetings with the school, who attends, and the written items they create. It imports
 * RequestDeadlinesModule for the place a meeting is in (its time zone and state), and the
 * cases module for the caseload and the timeline. OrganizationSettingsService is stateless
 * and provided here too, as this module does not import the organizations module.
 */
@Module({
  imports: [RequestDeadlinesModule, CasesModule],
  providers: [
    OrganizationSettingsService,
    MeetingService,
    MeetingResolver,
    MeetingTaskResolver,
    CaseMeetingsResolver,
    MeetingCaseloadFactsSource,
    MeetingTimelineSource,
  ],
  exports: [MeetingService],
})
export class MeetingsModule {}
