/**
 * What the per-request tenant transaction costs: requests/s of a trivial authenticated query
 * (`me`), against two api processes started side by side from the same code on the same
 * database:
 *
 * - "per-request transaction" — as shipped: the app role, BEGIN, set_config of the
 *   organization and user, the membership check and the resolver's reads, COMMIT;
 * - "no transaction (baseline)" — the same queries in autocommit on a superuser connection
 *   (row-level security bypassed, no settings): what isolation done only in code would cost.
 *
 * Rounds alternate between the two so drift on the machine hits both alike.
 * Run: npm run bench:request-transaction [-- --seconds 10 --connections 10 --rounds 2]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { fork, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { testConfig } from '@onrecord/platform/config/testing';
import {
  AUDIT_CONTEXT_KEY,
  DataScope,
  DataScopes,
  type AuditContext,
  type OpenScope,
  type ScopeIdentity,
} from '@onrecord/platform/database';
import {
  ApiClient,
  createTestEnvironment,
  signUpAdmin,
  type TestEnvironment,
} from '@onrecord/platform/testing';
// The api's own module, so the baseline differs from the product by one provider only.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule } from '../../apps/api/src/app.module';
import globalSetup from '../setup/global-setup';
import globalTeardown from '../setup/global-teardown';

type Variant = 'with' | 'without';
const LABEL: Record<Variant, string> = {
  with: 'per-request transaction',
  without: 'no transaction (baseline)',
};
const QUERY = '{ me { user { id email } activeOrganization { id name } } }';

/** The baseline: a scope on a pooled connection in autocommit, with no identity set. */
class UntransactedScopes extends DataScopes {
  constructor(private readonly source: DataSource) {
    super(source);
  }

  override async open(identity: ScopeIdentity, audit?: AuditContext): Promise<OpenScope> {
    const queryRunner = this.source.createQueryRunner();
    await queryRunner.connect();
    queryRunner.data = { [AUDIT_CONTEXT_KEY]: audit };
    const release = () => queryRunner.release();
    return { scope: new DataScope(identity, queryRunner), commit: release, rollback: release };
  }
}

/** Child process: one api variant, listening on a free port; sends its URL to the parent. */
async function serve(variant: Variant): Promise<void> {
  const env = JSON.parse(process.env['BENCH_ENV'] ?? '{}') as Record<string, string>;
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot(testConfig(env))] });
  if (variant === 'without') {
    builder.overrideProvider(DataScopes).useFactory({
      factory: (source: DataSource) => new UntransactedScopes(source),
      inject: [DataSource],
    });
  }
  const app = (await builder.compile()).createNestApplication({ logger: false });
  await app.listen(0, '127.0.0.1');
  process.send?.({ url: await app.getUrl() });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

function startServer(
  variant: Variant,
  env: Record<string, string>,
): Promise<[ChildProcess, string]> {
  const child = fork(__filename, ['serve', variant], {
    env: { ...process.env, BENCH_ENV: JSON.stringify(env) },
    execArgv: process.execArgv,
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve([child, message.url]));
    child.once('exit', (code) => reject(new Error(`the ${variant} server exited with ${code}`)));
  });
}

async function load(url: string, token: string, seconds: number, connections: number) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY }),
    connections,
    duration: seconds,
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors from ${url}`);
  }
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
      rounds: { type: 'string', default: '2' },
    },
  });
  const [seconds, connections, rounds] = [values.seconds, values.connections, values.rounds].map(
    Number,
  ) as [number, number, number];
  await globalSetup();
  let environment: TestEnvironment | undefined;
  const children: ChildProcess[] = [];
  try {
    environment = await createTestEnvironment('redis', {
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://onrecord.bench',
    });
    const servers = {} as Record<Variant, string>;
    for (const [variant, databaseUrl] of [
      ['with', environment.db.appUrl],
      ['without', environment.db.adminUrl],
    ] as const) {
      const [child, url] = await startServer(variant, {
        ...environment.env,
        DATABASE_URL: databaseUrl,
      });
      children.push(child);
      servers[variant] = url;
    }
    const anonymous = new ApiClient(servers.with);
    const { accessToken } = await signUpAdmin(anonymous, 'bench');
    for (const variant of ['with', 'without'] as const) {
      const me = await new ApiClient(servers[variant], accessToken).data<{
        me: { user: { email: string } };
      }>(QUERY);
      if (me.me.user.email !== 'bench@example.org') throw new Error(`${variant}: wrong answer`);
      await load(servers[variant], accessToken, 2, connections); // warm-up
    }

    const totals: Record<
      Variant,
      { requests: number; seconds: number; p50: number[]; p99: number[] }
    > = {
      with: { requests: 0, seconds: 0, p50: [], p99: [] },
      without: { requests: 0, seconds: 0, p50: [], p99: [] },
    };
    for (let round = 0; round < rounds; round++) {
      for (const variant of ['with', 'without'] as const) {
        const result = await load(servers[variant], accessToken, seconds, connections);
        totals[variant].requests += result.requests.total;
        totals[variant].seconds += result.duration;
        totals[variant].p50.push(result.latency.p50);
        totals[variant].p99.push(result.latency.p99);
      }
    }

    const rate = (v: Variant) => totals[v].requests / totals[v].seconds;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
    console.log(
      `\n${QUERY}\n${rounds} rounds × ${seconds} s per variant, ${connections} connections, Node ${process.version}\n`,
    );
    console.log(
      `${'variant'.padEnd(28)}${'requests/s'.padStart(12)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}`,
    );
    for (const variant of ['with', 'without'] as const) {
      console.log(
        `${LABEL[variant].padEnd(28)}${rate(variant).toFixed(0).padStart(12)}` +
          `${String(median(totals[variant].p50)).padStart(9)}${String(median(totals[variant].p99)).padStart(9)}`,
      );
    }
    const cost = (1 - rate('with') / rate('without')) * 100;
    console.log(`\nthe per-request transaction costs ${cost.toFixed(1)} % of throughput\n`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) =>
        child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined,
      ),
    );
    await environment?.cleanUp();
    await globalTeardown();
  }
}

if (process.argv[2] === 'serve') {
  void serve(process.argv[3] as Variant);
} else {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
