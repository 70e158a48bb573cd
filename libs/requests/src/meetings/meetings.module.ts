import { Module } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { OrganizationSettingsModule } from '@onrecord/organizations';
import { CaseMeetingsResolver } from './case-meetings.resolver';
import { MeetingCaseloadFactsSource } from './meeting.caseload-facts';
import { MeetingResolver, MeetingTaskResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';
import { MeetingTimelineSource } from './meeting.timeline-source';

/**
 * Meetings with the school, who attends, and the written items they create. It imports the
 * cases module for the place a meeting is in (its time zone and state), the caseload and the
 * timeline, and the organization's settings, which time a meeting's tasks.
 */
@Module({
  imports: [CasesModule, OrganizationSettingsModule],
  providers: [
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
