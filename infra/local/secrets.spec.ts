import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPaths } from './paths.mjs';
import { loadOrCreateSecrets } from './secrets.mjs';
import { temporaryFolder } from './testing/launcher-testing';

describe("npm start's local secrets", () => {
  let folder: ReturnType<typeof temporaryFolder>;
  let paths: ReturnType<typeof projectPaths>;
  beforeEach(() => {
    folder = temporaryFolder();
    paths = projectPaths(folder.path);
  });
  afterEach(() => folder.remove());

  it('are created once, readable by their owner only, and the same on later runs', () => {
    const first = loadOrCreateSecrets(paths, true);
    expect(Object.keys(first).sort()).toEqual([
      'appPassword',
      'authSecret',
      'ownerPassword',
      'postgresPassword',
    ]);
    for (const secret of Object.values(first)) expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(Object.values(first)).size).toBe(4);
    expect(statSync(paths.secretsFile).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecrets(paths, true)).toEqual(first);
  });

  it('gain what is missing or empty, and keep the rest', () => {
    mkdirSync(paths.dataDir);
    writeFileSync(paths.secretsFile, JSON.stringify({ postgresPassword: 'kept', authSecret: '' }));
    const secrets = loadOrCreateSecrets(paths, true);
    expect(secrets.postgresPassword).toBe('kept');
    expect(secrets.authSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(readFileSync(paths.secretsFile, 'utf8'))).toEqual(secrets);
  });

  it('in a file that is not JSON: a sentence saying how to start again', () => {
    mkdirSync(paths.dataDir);
    writeFileSync(paths.secretsFile, '{ not json');
    expect(() => loadOrCreateSecrets(paths, false)).toThrow(
      '.data/local-secrets.json is not valid JSON. Delete the .data folder to start again.',
    );
  });

  it('lost while the embedded database was kept: refused, as its password is gone', () => {
    mkdirSync(paths.pgDir, { recursive: true });
    writeFileSync(join(paths.pgDir, 'PG_VERSION'), '17\n');
    expect(() => loadOrCreateSecrets(paths, true)).toThrow(
      '.data/postgres was created with a password that is no longer known (.data/local-secrets.json is missing). ' +
        'Delete .data/postgres to start again with an empty database.',
    );
    // With DATABASE_URL, the embedded database is not used.
    expect(loadOrCreateSecrets(paths, false).postgresPassword).toMatch(/^[0-9a-f]{64}$/);
  });
});
