import { Module } from '@nestjs/common';
import { AttendanceModule } from '@onrecord/attendance';
import { CasesModule } from '@onrecord/cases';
import { DirectoryModule } from '@onrecord/directory';
import { RequestChanges } from '../request-changes';
import { DeadlineAttendanceListener } from './deadline-attendance.listener';
import { DeadlineCalendarListener } from './deadline-calendar.listener';
import { DeadlineRuleResolver } from './deadline-rule.resolver';
import { DeadlineRuleService } from './deadline-rule.service';
import { DistrictCalendarNeedsResolver } from './district-calendar-needs.resolver';
import { RequestDeadlineService } from './request-deadline.service';

/**
 * The bottom layer of requests: a request's deadline counted by the engine (libs/deadlines)
 * in its district's calendar, an organization's corrections to the rules, the districts that
 * need a calendar. Where a case is comes from cases (CasePlaces). It imports the directory's
 * module and attendance's to count deadlines again when a district calendar or a student's
 * absences change (TX TEC 29.004(a)(1)). It provides RequestChanges, which every layer above
 * announces on, since a recount is a change too.
 */
@Module({
  imports: [AttendanceModule, DirectoryModule, CasesModule],
  providers: [
    RequestChanges,
    RequestDeadlineService,
    DeadlineRuleService,
    DeadlineRuleResolver,
    DistrictCalendarNeedsResolver,
    DeadlineCalendarListener,
    DeadlineAttendanceListener,
  ],
  exports: [RequestChanges, RequestDeadlineService, DeadlineRuleService],
})
export class RequestDeadlinesModule {}
