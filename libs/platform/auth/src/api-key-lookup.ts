/**
 * Reporting API keys: long random secrets an organization's admin creates for a reporting
 * client, sent as a bearer token like an access token but recognised by their prefix. The
 * guard lets one through only to operations that accept its scope (`@ApiKeyScope`).
 * Provided by the organizations feature (platform code does not know its entities).
 */
export interface ApiKeyLookup {
  /** The live (not revoked) key with this secret, its last use recorded; else null. */
  find(
    secret: string,
    requestId: string | undefined,
  ): Promise<{ id: string; organizationId: string; scopes: string[] } | null>;
}

export const API_KEY_LOOKUP = Symbol('API_KEY_LOOKUP');

/** Every reporting API key starts with it: "OnRecord reporting key". */
export const API_KEY_PREFIX = 'ork_';

/** What a reporting API key may do. */
export const ApiKeyScopes = { REPORTS_READ: 'reports:read' } as const;
