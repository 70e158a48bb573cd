import { csvLine } from '@onrecord/reports';
import { todayIn } from '@onrecord/platform/text';
import type { CaseRecord } from './case-record';

const COLUMNS = [
  'date',
  'occurred_at',
  'kind',
  'title',
  'detail',
  'shared_with_family',
  'record',
  'record_id',
];

/**
 * The packet's chronology as CSV, one row per event, with the same choices as the PDF (date
 * range, internal notes): for a spreadsheet, or a complaint form that wants a table.
 */
export function packetCsv(record: CaseRecord): string {
  return [
    csvLine(COLUMNS),
    ...record.events.map((event) =>
      csvLine([
        todayIn(record.timeZone, event.occurredAt),
        event.occurredAt.toISOString(),
        event.kind,
        event.title,
        event.detail,
        event.sharedWithFamily ? 'yes' : 'no',
        event.entityType,
        event.entityId,
      ]),
    ),
  ].join('');
}
