import { fetchWithSession } from '../../api-files';

export type ImportKind = 'families' | 'school-contacts';

export interface ImportProblem {
  row: number;
  column: string | null;
  message: string;
}

/** The api's answer to a dry run or an import (README "Importing from a spreadsheet"). */
export interface ImportReport {
  kind: ImportKind;
  fields: string[];
  headers: string[];
  mapping: Record<string, string>;
  mappingFrom: 'GIVEN' | 'SAVED' | 'GUESSED';
  mappingProblems: Array<{ field: string; message: string }>;
  rows: number;
  goodRows: number;
  problems: ImportProblem[];
  counts: {
    families: number;
    joinedFamilies: number;
    guardians: number;
    students: number;
    cases: number;
    schoolContacts: number;
  };
  imported: boolean;
  families: Array<{ id: string; householdName: string }>;
  cases: Array<{ id: string; title: string }>;
}

/**
 * A dry run (`preview`) or an import (`run`) of a CSV file, as the api takes it: multipart
 * POST /imports/<step>. Without a mapping the api offers the saved one, else its guess. A
 * refusal is an ApiFileError naming the fields at fault.
 */
export async function sendImport(
  step: 'preview' | 'run',
  request: {
    kind: ImportKind;
    file: File;
    mapping?: Record<string, string>;
    goodRowsOnly?: boolean;
  },
): Promise<ImportReport> {
  const form = new FormData();
  form.append('kind', request.kind);
  if (request.mapping) form.append('mapping', JSON.stringify(request.mapping));
  if (request.goodRowsOnly !== undefined) form.append('goodRowsOnly', String(request.goodRowsOnly));
  form.append('file', request.file, request.file.name);
  const response = await fetchWithSession(`/imports/${step}`, { method: 'POST', body: form });
  return (await response.json()) as ImportReport;
}
