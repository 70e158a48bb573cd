import { clearSession, currentSession } from './session';

/**
 * A small GraphQL client over fetch: the portal's few operations do not need Apollo's cache,
 * and leaving it out keeps a parent's first page small on a phone.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export class PortalApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }
}

/** Tells the app the session ended (expired or revoked): it asks for a new link. */
let onSessionEnded: () => void = () => undefined;
export function whenSessionEnds(listener: () => void): void {
  onSessionEnded = listener;
}

/**
 * Sends one operation with the session's token. `anonymous`: without it (signing in, asking
 * for a link), so a stale session on this device cannot get in the way.
 */
export async function request<T>(
  query: string,
  variables: Record<string, unknown> = {},
  { anonymous = false } = {},
): Promise<T> {
  const session = anonymous ? null : currentSession();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(session ? { authorization: `Bearer ${session.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new PortalApiError('NETWORK', 'network');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string; fields?: FieldProblem[] } }>;
  } | null;
  const error = body?.errors?.[0];
  if (error || !body?.data) {
    const code = error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED' && session) {
      clearSession();
      onSessionEnded();
    }
    throw new PortalApiError(code, error?.message ?? '', error?.extensions?.fields ?? []);
  }
  return body.data;
}
