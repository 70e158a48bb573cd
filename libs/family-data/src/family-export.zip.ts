import archiver from 'archiver';
import type { Writable } from 'node:stream';
import { csvLine } from '@onrecord/reports';
import { DEADLINES_TABLE, type ExportRow, type FamilyRecords } from './family-export.service';

/** A value as one CSV field: dates as ISO, structured values as JSON. */
function field(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function csv(rows: readonly ExportRow[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return [csvLine(columns), ...rows.map((row) => csvLine(columns.map((c) => field(row[c]))))].join(
    '',
  );
}

function readme(records: FamilyRecords, organizationName: string, at: Date): string {
  const counts = Object.entries(records.tables)
    .map(([table, rows]) => `  ${table}: ${rows.length}`)
    .join('\n');
  return [
    `Everything ${organizationName} holds in OnRecord about the family "${records.householdName}",`,
    `exported ${at.toISOString()}.`,
    '',
    'Each table is given twice: as JSON (records/<table>.json, exactly as stored) and as CSV',
    '(csv/<table>.csv, for a spreadsheet). audit_event lists every recorded change to these',
    'records: who made it, when, and what changed.',
    '',
    `${DEADLINES_TABLE} is not a table as stored: it gives each written request's deadline in`,
    'words — the due day, whether an advocate set it by hand and why, and beside it the day,',
    "basis and citation of the rule itself (RULE: a statute's or regulation's). A date set by",
    "hand is not the law's.",
    '',
    'Records per table:',
    counts,
    '',
  ].join('\n');
}

/** Writes the export as a ZIP to `out`; resolves when the archive is complete. */
export async function writeFamilyZip(
  records: FamilyRecords,
  organizationName: string,
  out: Writable,
  at = new Date(),
): Promise<void> {
  const zip = archiver('zip', { zlib: { level: 6 } });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('close', resolve);
    zip.on('error', reject);
  });
  zip.pipe(out);
  zip.append(readme(records, organizationName, at), { name: 'README.txt' });
  for (const [table, rows] of Object.entries(records.tables)) {
    zip.append(`${JSON.stringify(rows, null, 2)}\n`, { name: `records/${table}.json` });
    zip.append(csv(rows), { name: `csv/${table}.csv` });
  }
  await zip.finalize();
  await done;
}
