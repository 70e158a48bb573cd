import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dependenciesOutOfDate } from './build.mjs';
import { temporaryFolder } from './testing/launcher-testing';

describe('installing and building before npm start runs anything', () => {
  const folder = temporaryFolder();
  afterAll(() => folder.remove());

  it('installs when nothing is installed, or the lock file changed after the last install', () => {
    const root = join(folder.path, 'project');
    mkdirSync(root);
    expect(dependenciesOutOfDate(root)).toBe(true);
    mkdirSync(join(root, 'node_modules', '@nestjs', 'core'), { recursive: true });
    expect(dependenciesOutOfDate(root)).toBe(true);
    writeFileSync(join(root, 'node_modules', '.package-lock.json'), '{}');
    expect(dependenciesOutOfDate(root)).toBe(false);
    writeFileSync(join(root, 'package-lock.json'), '{}');
    utimesSync(join(root, 'node_modules', '.package-lock.json'), new Date(1000), new Date(1000));
    expect(dependenciesOutOfDate(root)).toBe(true);
  });
});
