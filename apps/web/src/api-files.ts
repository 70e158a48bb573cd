import { getAccessToken, refreshSession } from './auth/session';

/** The api's refusal of a file request: its status, message and the fields it named. */
export class ApiFileError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * A request to one of the api's file routes (reports' CSV files, documents) with the
 * member's access token in the Authorization header (never in the address), refreshed once
 * when it has expired. A refusal is an ApiFileError with the api's words.
 */
export async function fetchWithSession(address: string, init: RequestInit = {}): Promise<Response> {
  const send = () =>
    fetch(address, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${getAccessToken() ?? ''}` },
    });
  let response = await send();
  if (response.status === 401 && (await refreshSession())) response = await send();
  if (response.ok) return response;
  let message = '';
  const fields: Record<string, string> = {};
  try {
    const body = (await response.json()) as {
      message?: unknown;
      fields?: Array<{ field: string; message: string }>;
    };
    if (typeof body.message === 'string') message = body.message;
    for (const problem of body.fields ?? []) fields[problem.field] = problem.message;
  } catch {
    // Not JSON: the status says enough.
  }
  throw new ApiFileError(response.status, message, fields);
}

/** A file the api sent, handed to the browser as a download named `name`. */
export async function saveResponse(response: Response, name: string): Promise<void> {
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
