import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SchoolCalendarChanges } from '@onrecord/directory';
import { RequestDeadlineService } from './request-deadline.service';

/** When a district's calendar changes, its requests' deadlines are counted again. */
@Injectable()
export class DeadlineCalendarListener implements OnModuleInit {
  constructor(
    private readonly changes: SchoolCalendarChanges,
    private readonly deadlines: RequestDeadlineService,
  ) {}

  onModuleInit(): void {
    this.changes.onChange((scope, districtId) =>
      this.deadlines.recomputeDeadlinesForDistrict(scope, districtId),
    );
  }
}
