// @ts-check
/** The embedded PostgreSQL's log, and what it says when the server does not start. */
import { debugEnabled } from './settings.mjs';
import { complain } from './messages.mjs';

/** Keeps PostgreSQL's recent log lines, to explain a failure (printed live with LOG_LEVEL=debug). */
export function postgresLog() {
  /** @type {string[]} */
  const lines = [];
  /** @param {unknown} message */
  const record = (message) => {
    const text = message instanceof Error ? message.message : String(message ?? '');
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > 50) lines.shift();
      if (debugEnabled()) complain(`[postgres] ${line}`);
    }
  };
  return { lines, record };
}

/**
 * A sentence for a failed initialise() or start(), from the error and the log.
 * @param {unknown} error
 * @param {string[]} lines the log's recent lines
 * @param {number} port
 * @param {import('./paths.mjs').ProjectPaths} paths
 */
export function explainPostgresFailure(error, lines, port, paths) {
  const { pgDir, pgPidFile, rel } = paths;
  const text = [...lines, error instanceof Error ? error.message : ''].join('\n');
  if (/Address already in use/i.test(text))
    return `port ${port} is in use; set EMBEDDED_PG_PORT to a free port.`;
  if (/lock file "postmaster\.pid" already exists/.test(text)) {
    return `another PostgreSQL is using ${rel(pgDir)}; stop it (or delete ${rel(pgPidFile)} if none is running).`;
  }
  if (/Permission denied/i.test(text) && process.getuid?.() === 0) {
    return `PostgreSQL runs as the system user "postgres", which cannot reach ${pgDir} (Permission denied). Move the project to a folder that user can read.`;
  }
  const problem = [...lines]
    .reverse()
    .find((line) => /\b(FATAL|PANIC|ERROR):|initdb: error|could not/.test(line));
  if (problem) return problem.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, '').trim();
  if (error instanceof Error && error.message) return error.message.split('\n')[0] ?? error.message;
  return 'it stopped during start-up (run with LOG_LEVEL=debug to see its log).';
}
