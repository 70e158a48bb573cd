import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/**
 * The release running in production when this one is deployed: the last commit of `main` that
 * passed CI and landed. The upgrade test runs its api against the database while this
 * release's migrations are applied. Move it forward to the commit that landed when a release
 * that brings migrations lands, so the test upgrades from what is really deployed and always
 * has a migration to run.
 */
export const PREVIOUS_RELEASE = '1f54bfeb719b038698d40623501fd7201f54a2b9';

const git = (...args: string[]) =>
  execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: 'pipe' });

/**
 * The previous release, checked out from this repository's history into a temporary folder and
 * built (the api and worker only, as the image builds them), with this checkout's dependencies
 * (a release only adds packages, so they are a superset of what it needs). Fails plainly when
 * the history does not hold the commit (a shallow clone): the upgrade test needs it.
 */
export function buildPreviousRelease(): { root: string; remove: () => void } {
  try {
    git('cat-file', '-e', `${PREVIOUS_RELEASE}^{commit}`);
  } catch {
    throw new Error(
      `the upgrade test needs the previous release ${PREVIOUS_RELEASE} in the git history ` +
        '(clone without --depth, or git fetch --unshallow)',
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'onrecord-previous-release-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    execFileSync(
      'bash',
      [
        '-c',
        'git -C "$1" archive --format=tar "$2" | tar -x -C "$3"',
        '--',
        ROOT,
        PREVIOUS_RELEASE,
        root,
      ],
      { stdio: 'pipe' },
    );
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);
    execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    execFileSync(bin('tsc-alias'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'pipe' });
    return { root, remove };
  } catch (error) {
    remove();
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
    throw new Error(`building the previous release failed: ${(error as Error).message}\n${output}`);
  }
}
