/**
 * Jest's global setup and teardown run outside the test runtime, without moduleNameMapper:
 * resolve the workspace's path aliases (tsconfig.base.json) here. Import this first.
 */
import { join } from 'node:path';
import { register } from 'tsconfig-paths';
import { compilerOptions } from '../../tsconfig.base.json';

register({ baseUrl: join(__dirname, '../..'), paths: compilerOptions.paths });
