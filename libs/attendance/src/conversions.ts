import type { AttendanceEntry } from './attendance-entry.entity';
import type { AttendanceEntryObject } from './attendance-entry.objects';
import type { BuiltInTrigger } from './built-in-triggers';
import type { ObservationTag } from './observation-tag.entity';
import type { ObservationTagObject } from './observation-tag.objects';
import type { Support } from './support.entity';
import type { SupportObject } from './support.objects';

export const toSupport = (support: Support): SupportObject => ({
  id: support.id,
  studentId: support.studentId,
  name: support.name,
  startedOn: support.startedOn,
  endedOn: support.endedOn,
  notes: support.notes,
  archivedAt: support.archivedAt,
});

/** PostgreSQL gives a `time` back as HH:MM:SS; people wrote HH:MM. */
export const toClockTime = (time: string | null): string | null => time?.slice(0, 5) ?? null;

export const toAttendanceEntry = (entry: AttendanceEntry): AttendanceEntryObject => ({
  id: entry.id,
  studentId: entry.studentId,
  date: entry.date,
  status: entry.status,
  periodsMissed: [...entry.periodsMissed].sort((a, b) => a - b),
  arrivalTime: toClockTime(entry.arrivalTime),
  triggers: entry.triggers,
  studentResponse: entry.studentResponse,
  notes: entry.notes,
  recordedByUserId: entry.recordedByUserId,
  recordedByGuardianId: entry.recordedByGuardianId,
  createdAt: entry.createdAt,
  updatedAt: entry.updatedAt,
});

export const toOwnTag = (tag: ObservationTag): ObservationTagObject => ({
  id: tag.id,
  key: null,
  label: tag.label,
  translations: Object.entries(tag.translations ?? {}).map(([language, label]) => ({
    language,
    label,
  })),
  builtIn: false,
  archivedAt: tag.archivedAt,
});

export const toBuiltInTag = (trigger: BuiltInTrigger): ObservationTagObject => ({
  id: null,
  key: trigger.key,
  label: trigger.label,
  translations: Object.entries(trigger.translations).map(([language, label]) => ({
    language,
    label,
  })),
  builtIn: true,
  archivedAt: null,
});
