import { projectPaths } from './paths.mjs';
import { explainPostgresFailure, postgresLog } from './postgres-log.mjs';
import { captureOutput } from './testing/launcher-testing';

describe("the embedded PostgreSQL's log", () => {
  afterEach(() => {
    jest.restoreAllMocks();
    delete process.env['LOG_LEVEL'];
  });

  it('keeps its last 50 non-blank lines, from messages and errors alike', () => {
    const log = postgresLog();
    for (let i = 1; i <= 30; i++) log.record(`line ${2 * i - 1}\r\n\nline ${2 * i}`);
    log.record(new Error('from an error'));
    log.record(undefined);
    expect(log.lines).toHaveLength(50);
    expect(log.lines[0]).toBe('line 12');
    expect(log.lines.at(-1)).toBe('from an error');
  });

  it('is printed as it comes with LOG_LEVEL=debug only', () => {
    const output = captureOutput();
    postgresLog().record('quiet');
    process.env['LOG_LEVEL'] = 'debug';
    postgresLog().record('LOG:  database system is ready');
    expect(output.stderr()).toBe('[postgres] LOG:  database system is ready\n');
  });
});

describe('why the embedded PostgreSQL did not start, in a sentence', () => {
  const paths = projectPaths('/project');
  const explain = (error: unknown, lines: string[]) =>
    explainPostgresFailure(error, lines, 54329, paths);

  it('a port in use: the variable to set', () => {
    expect(
      explain(new Error('x'), ['LOG:  could not bind IPv4 address: Address already in use']),
    ).toBe('port 54329 is in use; set EMBEDDED_PG_PORT to a free port.');
  });

  it('another server on the same data: what to stop, or which file to delete', () => {
    expect(explain(undefined, ['FATAL:  lock file "postmaster.pid" already exists'])).toBe(
      'another PostgreSQL is using .data/postgres; stop it (or delete .data/postgres/postmaster.pid if none is running).',
    );
  });

  it('as root, a data folder the "postgres" user cannot reach', () => {
    jest.spyOn(process, 'getuid').mockReturnValue(0);
    expect(explain(new Error('initdb: Permission denied'), [])).toMatch(
      /^PostgreSQL runs as the system user "postgres", which cannot reach \/project\/\.data\/postgres \(Permission denied\)\./,
    );
    jest.restoreAllMocks();
  });

  it("otherwise PostgreSQL's own last error, else the error's first line, else where to look", () => {
    expect(
      explain(new Error('exit 1'), [
        '2026-12-04 LOG:  starting',
        '2026-12-04 FATAL:  invalid value for parameter "port"',
        '2026-12-04 LOG:  database system is shut down',
      ]),
    ).toBe('invalid value for parameter "port"');
    expect(explain(new Error('initdb failed\nmore'), ['initdb: error: directory exists'])).toBe(
      'initdb: error: directory exists',
    );
    expect(explain(new Error('Postgres exited with code 1\nstack'), ['LOG:  hello'])).toBe(
      'Postgres exited with code 1',
    );
    expect(explain(undefined, [])).toBe(
      'it stopped during start-up (run with LOG_LEVEL=debug to see its log).',
    );
  });
});
