// @ts-check
import path from 'node:path';

/**
 * Where the launcher keeps its data and finds the built programs, under the project folder.
 * @param {string} root the project folder
 */
export function projectPaths(root) {
  const dataDir = path.join(root, '.data');
  const pgDir = path.join(dataDir, 'postgres');
  const dist = path.join(root, 'dist', 'apps');
  return {
    root,
    dataDir,
    pgDir,
    pgPidFile: path.join(pgDir, 'postmaster.pid'),
    secretsFile: path.join(dataDir, 'local-secrets.json'),
    lockFile: path.join(dataDir, 'launcher.pid'),
    entry: {
      provision: path.join(dist, 'api', 'src', 'provision.js'),
      migrate: path.join(dist, 'api', 'src', 'migrate.js'),
      seedDemo: path.join(dist, 'api', 'src', 'seed-demo.js'),
      api: path.join(dist, 'api', 'src', 'main.js'),
      worker: path.join(dist, 'worker', 'src', 'main.js'),
    },
    /** A path relative to the project folder, for messages. @param {string} file */
    rel: (file) => path.relative(root, file) || '.',
  };
}
/** @typedef {ReturnType<typeof projectPaths>} ProjectPaths */
