import { Module } from '@nestjs/common';
import { CasesModule } from '@onrecord/cases';
import { AttendanceChanges } from './attendance-changes';
import { AttendanceWeekTimelineSource } from './attendance-week.timeline-source';
import { CaseAttendanceResolver } from './case-attendance.resolver';
import { AttendanceEntryResolver } from './attendance-entry.resolver';
import { AttendanceEntryService } from './attendance-entry.service';
import { AttendanceSummaryResolver } from './attendance-summary.resolver';
import { AttendanceSummaryService } from './attendance-summary.service';
import { ObservationTagResolver } from './observation-tag.resolver';
import { ObservationTagService } from './observation-tag.service';
import { SupportResolver } from './support.resolver';
import { SupportService } from './support.service';

/**
 * The api side of attendance: services and GraphQL resolvers. The summary service is
 * exported for the cases lib (a case's attendance is its student's).
 */
@Module({
  // The case timeline, to add each week's attendance to it.
  imports: [CasesModule],
  providers: [
    AttendanceChanges,
    ObservationTagService,
    SupportService,
    AttendanceEntryService,
    AttendanceSummaryService,
    ObservationTagResolver,
    SupportResolver,
    AttendanceEntryResolver,
    AttendanceSummaryResolver,
    CaseAttendanceResolver,
    AttendanceWeekTimelineSource,
  ],
  exports: [
    AttendanceChanges,
    AttendanceEntryService,
    AttendanceSummaryService,
    SupportService,
    // The portal lists the triggers a guardian may pick, in the guardian's language.
    ObservationTagService,
  ],
})
export class AttendanceModule {}
