import { useState } from 'react';
import { getAccessToken, refreshSession } from '../../auth/session';
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

/** Why a download failed: the api's message when it gave one (JSON with the code). */
export class DownloadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Fetches a CSV file with the member's access token (the api reads it from the
 * Authorization header, never from the address), then hands it to the browser as a download.
 * An expired token is refreshed once.
 */
export async function downloadCsv(address: string, fallbackName: string): Promise<void> {
  const get = () =>
    fetch(address, {
      headers: { authorization: `Bearer ${getAccessToken() ?? ''}`, accept: 'text/csv' },
    });
  let response = await get();
  if (response.status === 401 && (await refreshSession())) response = await get();
  if (!response.ok) {
    let message = '';
    try {
      const body = (await response.json()) as { message?: unknown };
      if (typeof body.message === 'string') message = body.message;
    } catch {
      // Not JSON: the status says enough.
    }
    throw new DownloadError(response.status, message);
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
    fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before letting the file go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
        error instanceof DownloadError && error.status === 403
          ? words.forbidden
          : error instanceof DownloadError && error.message
            ? error.message
            : words.failed,
      );
    } finally {
      setBusy(null);
    }
  };
  return { busy, failed, download };
}
