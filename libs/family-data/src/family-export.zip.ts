import archiver from 'archiver';
import type { Readable, Writable } from 'node:stream';
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

/** A document's bytes for the export, opened only when the archive reaches it. */
export interface ExportedFile {
  /** Its path in the ZIP: `documents/<document id>/<file name>`. */
  name: string;
  /** The bytes; undefined when the storage does not hold them (said in the README). */
  open: () => Promise<Readable | undefined>;
}

/** Where a document's file goes in the ZIP: its own folder, so equal file names never clash. */
export function documentPath(row: ExportRow): string {
  return `documents/${String(row['id'])}/${String(row['file_name'])}`;
}

function readme(
  records: FamilyRecords,
  organizationName: string,
  at: Date,
  missing: readonly string[],
): string {
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
    "documents/ holds each document's file as it was uploaded, in a folder named by the",
    "document's id (records/document.json describes each one). evidence-packets/ holds each",
    "case's evidence packet (a PDF named by the case's id): its chronology, internal notes",
    'included, for reading on paper.',
    ...(missing.length > 0
      ? [
          '',
          'These documents have a record but no file in the storage:',
          ...missing.map((m) => `  ${m}`),
        ]
      : []),
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
  files: readonly ExportedFile[] = [],
  at = new Date(),
): Promise<void> {
  const zip = archiver('zip', { zlib: { level: 6 } });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('close', resolve);
    zip.on('error', reject);
  });
  zip.pipe(out);
  // Opened one at a time: a family's files are many at most, but never all held open at once.
  const missing: string[] = [];
  for (const file of files) {
    const bytes = await file.open();
    if (!bytes) {
      missing.push(file.name);
      continue;
    }
    zip.append(bytes, { name: file.name });
    await new Promise<void>((resolve, reject) => {
      bytes.once('end', resolve);
      bytes.once('error', reject);
    });
  }
  zip.append(readme(records, organizationName, at, missing), { name: 'README.txt' });
  for (const [table, rows] of Object.entries(records.tables)) {
    zip.append(`${JSON.stringify(rows, null, 2)}\n`, { name: `records/${table}.json` });
    zip.append(csv(rows), { name: `csv/${table}.csv` });
  }
  await zip.finalize();
  await done;
}
