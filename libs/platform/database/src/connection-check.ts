import { Client } from 'pg';

/** Where the URL points, without the password, for messages people read. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.username || '(default user)'}@${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * Connects once and disconnects. Used before anything else opens a pool, so a wrong
 * DATABASE_URL produces one plain sentence instead of retry noise (the PostgreSQL queue
 * backend, in particular, retries in a tight loop when it cannot connect).
 */
export async function checkPostgresConnection(
  url: string,
  variable = 'DATABASE_URL',
): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `${variable}: cannot connect to PostgreSQL at ${describePostgresUrl(url)} (${explainPgError(error)}). ` +
        'Check that the server is running and the URL, user and password are right.',
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

function explainPgError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  switch (e.code) {
    case 'ECONNREFUSED':
      return 'connection refused: nothing is listening there';
    case 'ENOTFOUND':
      return 'host not found';
    case '28P01':
    case '28000':
      return 'authentication failed';
    case '3D000':
      return 'the database does not exist';
    default:
      return e.message ?? String(error);
  }
}
