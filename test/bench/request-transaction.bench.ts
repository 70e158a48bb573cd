/**
 * What the per-request tenant transaction costs: requests/s of a trivial authenticated query
 * (`me`), against two api processes started side by side from the same code on the same
 * database:
 *
 * - "per-request transaction" — as shipped: the app role, BEGIN, set_config of the
 *   organization and user, the membership check and the resolver's reads, COMMIT;
 * - "no transaction (baseline)" — the same queries in autocommit on a superuser connection
 *   (row-level security bypassed, no settings): what isolation done only in code would cost;
 * - "bare pg (floor)" — node:http and pg alone, as the app role: BEGIN, set_config of the
 *   organization and user, the membership SELECT, COMMIT, each its own round trip (the
 *   token's claims read, not verified): what the database itself takes.
 *
 * Run: npm run bench:request-transaction [-- --seconds 10 --connections 10 --rounds 2]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { Test } from '@nestjs/testing';
import { escapeLiteral } from 'pg';
import { DataSource } from 'typeorm';
import { testConfig } from '@onrecord/platform/config/testing';
import {
  AUDIT_CONTEXT_KEY,
  DataScope,
  DataScopes,
  type AuditContext,
  type OpenScope,
  type OpeningRead,
  type OpeningRow,
  type ScopeIdentity,
} from '@onrecord/platform/database';
import { ApiClient, signUpAdmin } from '@onrecord/platform/testing';
// The api's own module, so the baseline differs from the product by one provider only.
import { AppModule } from '../../apps/api/src/app.module';
import {
  benchOptions,
  compare,
  load,
  serveBarePg,
  serverEnv,
  startAgainstServer,
  startMeasuredServer,
  withBenchEnvironment,
} from './bench-kit';

const QUERY = '{ me { user { id email } activeOrganization { id name } } }';

/** The baseline: a scope on a pooled connection in autocommit, with no identity set. */
class UntransactedScopes extends DataScopes {
  constructor(private readonly source: DataSource) {
    super(source);
  }

  override async open(
    identity: ScopeIdentity,
    audit?: AuditContext,
    read?: OpeningRead,
  ): Promise<OpenScope> {
    const queryRunner = this.source.createQueryRunner();
    await queryRunner.connect();
    queryRunner.data = { [AUDIT_CONTEXT_KEY]: audit };
    const release = () => queryRunner.release();
    // The guard's check, in a round trip of its own: there is no BEGIN to share.
    const opened = read
      ? ((await queryRunner.query(read(escapeLiteral))) as OpeningRow[])
      : undefined;
    return {
      scope: new DataScope(identity, queryRunner),
      opened,
      commit: release,
      rollback: release,
    };
  }
}

/** The floor: what PostgreSQL takes for a member's request, with nothing of the api around it. */
function serveBare(): void {
  serveBarePg(async (client, req) => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as { sub: string; org: string };
    await client.query('BEGIN');
    await client.query(
      `SELECT set_config('app.organization_id', $1, true), set_config('app.user_id', $2, true)`,
      [claims.org, claims.sub],
    );
    const { rows } = await client.query(
      'SELECT id, role FROM membership WHERE organization_id = $1 AND user_id = $2',
      [claims.org, claims.sub],
    );
    await client.query('COMMIT');
    if (rows.length !== 1) throw new Error('no membership');
    return '{"data":{}}';
  });
}

async function serve(variant: string): Promise<void> {
  if (variant === 'bare') return serveBare();
  const builder = Test.createTestingModule({
    imports: [AppModule.forRoot(testConfig(serverEnv()))],
  });
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

async function main(): Promise<void> {
  const options = benchOptions();
  await withBenchEnvironment(async (environment, servers) => {
    const withServer = await startMeasuredServer(__filename, 'with', environment.env, servers);
    const withoutServer = await startMeasuredServer(
      __filename,
      'without',
      { ...environment.env, DATABASE_URL: environment.db.adminUrl },
      servers,
    );
    const bareServer = await startMeasuredServer(__filename, 'bare', environment.env, servers);
    const [withUrl, withoutUrl, bareUrl] = [withServer.url, withoutServer.url, bareServer.url];
    const { accessToken } = await signUpAdmin(
      new ApiClient(withUrl),
      'bench',
      environment.db.adminUrl,
    );
    for (const url of [withUrl, withoutUrl]) {
      const me = await new ApiClient(url, accessToken).data<{ me: { user: { email: string } } }>(
        QUERY,
      );
      if (me.me.user.email !== 'bench@example.org') throw new Error(`${url}: wrong answer`);
    }
    const run = (url: string) => (seconds: number) =>
      load(url, accessToken, QUERY, {}, seconds, options.connections);
    const against = await startAgainstServer(options, __filename, 'with', environment.env, servers);
    const rates = await compare(
      QUERY,
      [
        { label: 'per-request transaction', run: run(withUrl), pid: withServer.pid },
        { label: 'no transaction (baseline)', run: run(withoutUrl), pid: withoutServer.pid },
        { label: 'bare pg (floor)', run: run(bareUrl), pid: bareServer.pid },
        ...(against
          ? [
              {
                label: `per-request transaction ${against.label}`,
                run: run(against.url),
                pid: against.pid,
              },
            ]
          : []),
      ],
      options,
    );
    const cost =
      (1 - rates.get('per-request transaction')! / rates.get('no transaction (baseline)')!) * 100;
    console.log(`\nthe per-request transaction costs ${cost.toFixed(1)} % of throughput`);
    const floor = rates.get('per-request transaction')! / rates.get('bare pg (floor)')!;
    console.log(`OnRecord's me runs at ${floor.toFixed(3)} × the bare pg floor`);
    if (against) {
      const then =
        rates.get(`per-request transaction ${against.label}`)! / rates.get('bare pg (floor)')!;
      console.log(`${against.label}: ${then.toFixed(3)} × the bare pg floor`);
    }
    console.log('');
  });
}

if (process.argv[2] === 'serve') {
  void serve(process.argv[3]!);
} else {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
