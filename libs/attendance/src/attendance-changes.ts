import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';

export type AttendanceListener = (scope: DataScope, studentId: string) => Promise<unknown>;

/**
 * Tells other features, inside the same transaction, that a student's attendance changed (a
 * day recorded, changed or deleted), so what they counted on it is counted again: a Texas
 * evaluation's deadline is extended by the days absent (TEC 29.004(a)(1)). Attendance cannot
 * know those features: they register here.
 */
@Injectable()
export class AttendanceChanges {
  private readonly listeners: AttendanceListener[] = [];

  onChange(listener: AttendanceListener): void {
    this.listeners.push(listener);
  }

  async changed(scope: DataScope, studentId: string): Promise<void> {
    for (const listener of this.listeners) await listener(scope, studentId);
  }
}
