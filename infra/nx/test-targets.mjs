// @ts-check
/**
 * Gives every Nx project a `test` target, so `nx affected -t lint test` tests what a change
 * reaches. The tests themselves stay where `npm test` runs them (jest.config.ts's projects,
 * real PostgreSQL and Redis for integration): a project's target runs the unit and
 * integration specs under its own folder. The `test` project holds the end-to-end and
 * browser tests of the built processes, so its target builds first.
 *
 * One plugin rather than the same block in every project.json: a new lib gets its target
 * without anyone remembering to add it.
 */
import { dirname } from 'node:path';

const jest = 'jest -c jest.config.ts --ci';

/** @param {string} root a project's folder, relative to the workspace */
function testTarget(root) {
  const command =
    root === 'test'
      ? `npm run --silent build && ${jest} --selectProjects e2e browser`
      : `${jest} --selectProjects unit integration --passWithNoTests --testPathPatterns "^$PWD/${root}/"`;
  return {
    command,
    options: { cwd: '{workspaceRoot}' },
    // Integration specs each make a database and the machine may have two cores: one
    // project's tests at a time.
    parallelism: false,
    metadata: {
      description:
        root === 'test'
          ? 'Builds, then the end-to-end and browser tests of the built processes'
          : `Unit and integration specs under ${root}/ (see jest.config.ts)`,
    },
  };
}

/** @type {import('nx/src/project-graph/plugins').CreateNodes} */
export const createNodes = [
  '**/project.json',
  (projectFiles) =>
    projectFiles.map((file) => {
      const root = dirname(file);
      return [file, { projects: { [root]: { targets: { test: testTarget(root) } } } }];
    }),
];
