import { parse } from 'csv-parse/sync';
import { badUserInput } from '@onrecord/platform/errors';

/** The most rows one import takes: a benchmark shows 10,000 well within a request's time. */
export const MAX_IMPORT_ROWS = 10_000;

export interface CsvTable {
  headers: string[];
  /** Each data row by header; `line` is the row number a spreadsheet shows (header = 1). */
  rows: Array<{ line: number; cells: Record<string, string> }>;
}

/**
 * A CSV file as a spreadsheet exports it: UTF-8 with or without a BOM, quoted fields (with
 * commas and line breaks inside), CRLF or LF. The first row holds the headers. Rows with no
 * value at all are left out, but keep their place in the row numbers.
 */
export function readCsv(text: string): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      trim: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw badUserInput([
      {
        field: 'file',
        message: `is not a CSV file OnRecord can read${line ? ` (row ${line})` : ''}: save it from the spreadsheet as CSV (UTF-8)`,
      },
    ]);
  }
  const [headerRow = [], ...data] = records;
  const headers = headerRow.map((header) => header.trim());
  if (!headers.some(Boolean)) {
    throw badUserInput([
      { field: 'file', message: 'has no header row: the first row names the columns' },
    ]);
  }
  const seen = new Set<string>();
  for (const header of headers.filter(Boolean)) {
    if (seen.has(header))
      throw badUserInput([
        { field: 'file', message: `has two columns named "${header}": rename one` },
      ]);
    seen.add(header);
  }
  const rows = data
    .map((record, index) => ({
      line: index + 2,
      cells: Object.fromEntries(headers.map((header, column) => [header, record[column] ?? ''])),
    }))
    .filter((row) => Object.values(row.cells).some(Boolean));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw badUserInput([
      {
        field: 'file',
        message: `has ${rows.length} rows; one import takes at most ${MAX_IMPORT_ROWS}: split the file`,
      },
    ]);
  }
  return { headers: headers.filter(Boolean), rows };
}
