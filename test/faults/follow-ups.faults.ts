/**
 * The follow-up engine's fault matrix (issue 22), full size: see follow-up-faults.ts. Needs
 * the build (`npm run faults:follow-ups` builds first). FAULTS_DIST=<dir> runs it against
 * another build of the apps, e.g. an older commit's, for a before/after comparison.
 *
 * Run: npm run faults:follow-ups [-- --core] [-- --redis-cluster]
 * (--redis-cluster: the queue on a three-master Redis Cluster the harness starts.)
 */
/* eslint-disable no-console -- a harness prints its figures */
import '../setup/register-paths';
import { parseArgs } from 'node:util';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';
import { ownRedis, ownRedisCluster } from '../e2e/follow-up-stack';
import { CORE_MATRIX, FULL_MATRIX, formatFigures, runFaultMatrix } from './follow-up-faults';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      core: { type: 'boolean', default: false },
      'redis-cluster': { type: 'boolean', default: false },
    },
  });
  const size = values.core ? CORE_MATRIX : FULL_MATRIX;
  await globalSetup();
  const started = Date.now();
  try {
    const result = await runFaultMatrix(
      size,
      (line) => console.log(line),
      values['redis-cluster'] ? ownRedisCluster() : ownRedis(),
    );
    console.log('');
    console.log(
      `follow-ups under faults (${values.core ? 'core' : 'full'} matrix${values['redis-cluster'] ? ', Redis Cluster' : ''}, two organizations per phase, mail pool ${5}), ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
    console.log(formatFigures(result));
    for (const line of result.unstructuredLogLines.slice(0, 5)) console.log(`  ${line}`);
  } finally {
    await globalTeardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
