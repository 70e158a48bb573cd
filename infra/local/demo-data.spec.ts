import { seedDemo } from './demo-data.mjs';
import { projectPaths } from './paths.mjs';
import { captureOutput, temporaryFolder, writeProgram } from './testing/launcher-testing';

describe('the demo organization under npm start', () => {
  const folder = temporaryFolder();
  afterAll(() => folder.remove());
  afterEach(() => {
    jest.restoreAllMocks();
    delete process.env['DEMO_DATA'];
  });

  /** Paths whose seed-demo.js is `source`. */
  function withSeeder(source: string) {
    const paths = projectPaths(folder.path);
    return {
      ...paths,
      entry: { ...paths.entry, seedDemo: writeProgram(folder.path, 'seed-demo.js', source) },
    };
  }

  it('is added with the apps’ environment, quietly, and its logins read from the last line', async () => {
    const output = captureOutput();
    const report = {
      demo: 'created',
      password: 'pw',
      logins: [{ email: 'a@example.org', role: 'ADMIN' }],
    };
    const paths = withSeeder(
      `console.log('noise'); console.log(JSON.stringify({ ...${JSON.stringify(report)}, env: process.env.DATABASE_URL + ' ' + process.env.LOG_LEVEL }))`,
    );
    await expect(seedDemo({ DATABASE_URL: 'postgres://app' }, paths)).resolves.toEqual({
      ...report,
      env: 'postgres://app warn',
    });
    expect(output.stdout()).toBe('Demo data: created.\n');
  });

  it('is not added with DEMO_DATA=false', async () => {
    process.env['DEMO_DATA'] = 'false';
    await expect(seedDemo({}, withSeeder('process.exit(1)'))).resolves.toBeUndefined();
  });

  it('that fails: what the seeder said', async () => {
    await expect(
      seedDemo({}, withSeeder("console.error('no database'); process.exit(1)")),
    ).rejects.toThrow('Adding the demo data failed:\nno database\n');
    await expect(seedDemo({}, withSeeder("console.log('not a report')"))).rejects.toThrow(
      'Adding the demo data failed:\nnot a report\n',
    );
  });
});
