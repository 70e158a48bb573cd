import { Injectable, type OnModuleInit } from '@nestjs/common';
import { AttendanceChanges } from '@onrecord/attendance';
import { RequestDeadlineService } from './request-deadline.service';

/**
 * When a student's attendance changes, the deadlines that count absences (TX TEC
 * 29.004(a)(1): 3 or more days absent extend the evaluation period) are counted again.
 */
@Injectable()
export class DeadlineAttendanceListener implements OnModuleInit {
  constructor(
    private readonly changes: AttendanceChanges,
    private readonly deadlines: RequestDeadlineService,
  ) {}

  onModuleInit(): void {
    this.changes.onChange((scope, studentId) =>
      this.deadlines.recomputeAbsenceDeadlines(scope, studentId),
    );
  }
}
