import { Injectable } from '@nestjs/common';
import type { DataScope } from '@onrecord/platform/database';

export type SchoolCalendarListener = (scope: DataScope, districtId: string) => Promise<unknown>;

/**
 * Tells other features, inside the same transaction, that a district's school calendar
 * changed (a year added, moved or deleted, non-school days added or removed, a calendar
 * imported), so what they counted on it is counted again — the written requests' deadlines.
 * The directory cannot know those features: they register here.
 */
@Injectable()
export class SchoolCalendarChanges {
  private readonly listeners: SchoolCalendarListener[] = [];

  onChange(listener: SchoolCalendarListener): void {
    this.listeners.push(listener);
  }

  async changed(scope: DataScope, districtId: string): Promise<void> {
    for (const listener of this.listeners) await listener(scope, districtId);
  }
}
