import { fetchWithSession, saveResponse } from '../../api-files';

/** The name the api gave the file (Content-Disposition), else `fallback`. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? fallback;
}

/** Fetches one of the api's generated files with the member's session and saves it. */
export async function downloadFile(address: string, fallback: string): Promise<void> {
  const response = await fetchWithSession(address);
  await saveResponse(response, fileNameOf(response, fallback));
}

export interface PacketChoices {
  format: 'pdf' | 'csv';
  from: string;
  to: string;
  internal: boolean;
  documents: boolean;
}

/** The packet's address with the options chosen (only those that differ from the defaults). */
export function packetAddress(caseId: string, choices: PacketChoices): string {
  const query = new URLSearchParams();
  if (choices.format === 'csv') query.set('format', 'csv');
  if (choices.from) query.set('from', choices.from);
  if (choices.to) query.set('to', choices.to);
  if (choices.internal) query.set('internal', 'true');
  if (choices.documents && choices.format === 'pdf') query.set('documents', 'true');
  const search = query.toString();
  return `/exports/cases/${encodeURIComponent(caseId)}/evidence-packet${search ? `?${search}` : ''}`;
}
