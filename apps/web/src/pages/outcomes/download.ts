import { useState } from 'react';
import { ApiFileError, fetchWithSession, saveResponse } from '../../api-files';
import type { DayRange } from './range';

/** The report's tables the api gives as CSV files (README "Outcome reports"). */
export const CSV_TABLES = [
  'summary',
  'requests-by-type-and-state',
  'outcomes',
  'refusal-reasons',
  'districts',
  'schools',
  'cases-by-status',
  'case-outcomes',
  'caseload-per-advocate',
  'requests',
] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export interface ReportFilterValues {
  districtIds: string[];
  schoolIds: string[];
  advocateIds: string[];
  requestTypes: string[];
}

/** `/reports/outcome/<table>.csv?from=…&to=…` with the same filters as the page's report. */
export function csvAddress(table: CsvTable, range: DayRange, filter: ReportFilterValues): string {
  const query = new URLSearchParams({ from: range.from, to: range.to });
  for (const id of filter.districtIds) query.append('districtId', id);
  for (const id of filter.schoolIds) query.append('schoolId', id);
  for (const id of filter.advocateIds) query.append('advocateId', id);
  for (const type of filter.requestTypes) query.append('requestType', type);
  return `/reports/outcome/${table}.csv?${query.toString()}`;
}

/**
 * Fetches a CSV file with the member's access token, then hands it to the browser as a
 * download.
 */
export async function downloadCsv(address: string, fallbackName: string): Promise<void> {
  const response = await fetchWithSession(address, { headers: { accept: 'text/csv' } });
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    fallbackName;
  await saveResponse(response, name);
}

/**
 * A report page's CSV buttons: which file is on its way (its key), and why the last one
 * failed (the api's message, or the page's words for a refusal or any other failure).
 */
export function useCsvDownload(words: { forbidden: string; failed: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const download = async (key: string, address: string, fallbackName: string) => {
    setBusy(key);
    setFailed(null);
    try {
      await downloadCsv(address, fallbackName);
    } catch (error) {
      setFailed(
        error instanceof ApiFileError && error.status === 403
          ? words.forbidden
          : error instanceof ApiFileError && error.message
            ? error.message
            : words.failed,
      );
    } finally {
      setBusy(null);
    }
  };
  return { busy, failed, download };
}
