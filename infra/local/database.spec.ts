import { migrate, provision } from './database.mjs';
import { projectPaths } from './paths.mjs';
import { readSettings } from './settings.mjs';
import { captureOutput, temporaryFolder, writeProgram } from './testing/launcher-testing';

describe('the database of npm start, made by the built programs', () => {
  const folder = temporaryFolder();
  afterAll(() => folder.remove());
  afterEach(() => jest.restoreAllMocks());
  const secrets = {
    postgresPassword: 'pg',
    ownerPassword: 'owner-password',
    appPassword: 'app-password',
    authSecret: 'a'.repeat(64),
  };

  /** Paths whose `name` program is `source`. */
  function withProgram(name: 'provision' | 'migrate' | 'seedDemo', source: string) {
    const paths = projectPaths(folder.path);
    return {
      ...paths,
      entry: { ...paths.entry, [name]: writeProgram(folder.path, `${name}.js`, source) },
    };
  }

  it('provision.js gets the plan on stdin and answers the URLs on its last line', async () => {
    const output = captureOutput();
    const paths = withProgram(
      'provision',
      `let input = '';
       process.stdin.on('data', (chunk) => (input += chunk)).on('end', () => {
         const plan = JSON.parse(input);
         console.log('created role', plan.owner.name);
         console.log(JSON.stringify({ ownerUrl: plan.owner.password, appUrl: plan.adminUrl + '|' + plan.database + '|' + plan.app.name + ':' + plan.app.password }));
       });`,
    );
    const settings = readSettings({
      ONRECORD_DATABASE: 'records',
      ONRECORD_APP_ROLE: 'records_app',
    });
    await expect(provision('postgres://admin', settings, secrets, paths)).resolves.toEqual({
      ownerUrl: 'owner-password',
      appUrl: 'postgres://admin|records|records_app:app-password',
    });
    expect(output.stdout()).toBe('Preparing the database "records" and its roles...\n');
  });

  it('a provision.js that fails: its message; one that answers something else: a sentence', async () => {
    captureOutput();
    const settings = readSettings({});
    await expect(
      provision(
        'postgres://admin',
        settings,
        secrets,
        withProgram('provision', "console.error('role exists\\n'); process.exit(2)"),
      ),
    ).rejects.toThrow(/^role exists$/);
    await expect(
      provision('postgres://admin', settings, secrets, withProgram('provision', 'process.exit(2)')),
    ).rejects.toThrow('Preparing the database failed (exit code 2).');
    await expect(
      provision(
        'postgres://admin',
        settings,
        secrets,
        withProgram('provision', "console.log('done')"),
      ),
    ).rejects.toThrow('provision.js did not print the database URLs as expected.');
  });

  it("migrate.js runs with the owner's URL, and its failure is a sentence", async () => {
    const check = "process.exit(process.env.DATABASE_OWNER_URL === 'postgres://owner' ? 0 : 1)";
    await expect(
      migrate('postgres://owner', withProgram('migrate', check)),
    ).resolves.toBeUndefined();
    await expect(migrate('postgres://other', withProgram('migrate', check))).rejects.toThrow(
      'The database migration failed (see above).',
    );
  });
});
