/** Every reporting API key starts with it: "OnRecord reporting key". */
export const API_KEY_PREFIX = 'ork_';

/** What a reporting API key may do. */
export const ApiKeyScopes = { REPORTS_READ: 'reports:read' } as const;
