// @ts-check
/**
 * Fails when apps/web/src/gql is stale: generates the types again from apps/api/schema.graphql
 * and the operations in apps/web/src into a temporary folder and compares file by file.
 * Fix with `npm run codegen:web` (and commit the result).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const committed = join(root, 'apps/web/src/gql');
const fresh = mkdtempSync(join(tmpdir(), 'onrecord-codegen-'));

try {
  const run = spawnSync(
    join(root, 'node_modules/.bin/graphql-codegen'),
    ['--config', 'apps/web/codegen.ts', '--silent'],
    { cwd: root, env: { ...process.env, CODEGEN_OUT: `${fresh}/` }, stdio: 'inherit' },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
  const names = new Set([...readdirSync(committed), ...readdirSync(fresh)]);
  const stale = [...names].filter((name) => {
    /** @param {string} dir */
    const read = (dir) => {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return null;
      }
    };
    return read(committed) !== read(fresh);
  });
  if (stale.length > 0) {
    console.error(
      `apps/web/src/gql is stale (${stale.join(', ')}): run \`npm run codegen:web\` and commit it.`,
    );
    process.exit(1);
  }
  console.log('apps/web/src/gql matches the schema and the operations.');
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
