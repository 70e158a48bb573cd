import { badUserInput } from '@onrecord/platform/errors';
import { IMPORT_KINDS, type ColumnMapping, type ImportKind } from '../import-fields';
import type { ImportRequest } from '../import.service';

/**
 * A CSV file's text. Spreadsheets save UTF-8 (with or without a BOM); Excel's plain "CSV"
 * on Windows is Windows-1252, read as such when the bytes are not UTF-8.
 */
export function csvText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The form of `POST /imports/preview` and `/imports/run`, each field checked by name. */
export function importForm(
  body: Record<string, unknown>,
  file: { buffer: Buffer } | undefined,
): ImportRequest & { goodRowsOnly: boolean } {
  const kind = body['kind'];
  if (typeof kind !== 'string' || !IMPORT_KINDS.includes(kind))
    throw badUserInput([{ field: 'kind', message: `must be one of ${IMPORT_KINDS.join(', ')}` }]);
  if (!file)
    throw badUserInput([{ field: 'file', message: 'is required: the CSV file, in "file"' }]);
  let mapping: ColumnMapping | null = null;
  const given = body['mapping'];
  if (typeof given === 'string' && given.trim()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(given);
    } catch {
      parsed = null;
    }
    const valid =
      parsed !== null &&
      typeof parsed === 'object' &&
      !Array.isArray(parsed) &&
      Object.values(parsed).every((header) => typeof header === 'string');
    if (!valid)
      throw badUserInput([
        { field: 'mapping', message: 'must be a JSON object of field → column header' },
      ]);
    mapping = Object.fromEntries(
      Object.entries(parsed as Record<string, string>).filter(([, header]) => header !== ''),
    );
  }
  const goodRowsOnly = body['goodRowsOnly'];
  if (goodRowsOnly !== undefined && goodRowsOnly !== 'true' && goodRowsOnly !== 'false')
    throw badUserInput([{ field: 'goodRowsOnly', message: 'must be true or false' }]);
  return {
    kind: kind as ImportKind,
    csv: csvText(file.buffer),
    mapping,
    goodRowsOnly: goodRowsOnly === 'true',
  };
}
