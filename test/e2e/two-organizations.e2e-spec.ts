import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isInputObjectType,
  type GraphQLArgument,
  type GraphQLInputField,
} from 'graphql';
import { superuserQuery } from '@onrecord/platform/database/testing';
import { SmtpSink } from '@onrecord/platform/mail/testing';
import {
  ApiClient,
  TEST_PASSWORD,
  createTestEnvironment,
  eventually,
  signUpAdmin,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppProcess, ENTRY, freePort } from './app-process';

/** B's ids, made in B by B's admin before A tries them. */
interface BIds {
  organizationId: string;
  userId: string;
  memberId: string;
  invitationId: string;
  systemCheckId: string;
}

interface CrossCall {
  query: string;
  variables: (b: BIds) => Record<string, unknown>;
  /** What A must get: a refusal code, or (for a list filtered by B's ids) no rows. */
  expect: 'NOT_FOUND' | 'FORBIDDEN' | 'EMPTY';
}

/**
 * Every operation that takes an id, called by organization A with organization B's ids.
 * The first test fails when an operation that takes an id is missing here: a new operation
 * must say how it refuses another organization's ids.
 */
const CROSS_CALLS: Record<string, CrossCall> = {
  'Mutation.changeMemberRole': {
    query:
      'mutation ($id: ID!) { changeMemberRole(input: { memberId: $id, role: ANALYST }) { id } }',
    variables: (b) => ({ id: b.memberId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.removeMember': {
    query: 'mutation ($id: ID!) { removeMember(memberId: $id) { id } }',
    variables: (b) => ({ id: b.memberId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.revokeInvitation': {
    query: 'mutation ($id: ID!) { revokeInvitation(invitationId: $id) { id } }',
    variables: (b) => ({ id: b.invitationId }),
    expect: 'NOT_FOUND',
  },
  'Mutation.switchOrganization': {
    query: 'mutation ($id: ID!) { switchOrganization(organizationId: $id) { accessToken } }',
    variables: (b) => ({ id: b.organizationId }),
    expect: 'FORBIDDEN',
  },
  'Mutation.logIn': {
    query: 'mutation ($input: LogInInput!) { logIn(input: $input) { accessToken } }',
    variables: (b) => ({
      input: { email: 'a@example.org', password: TEST_PASSWORD, organizationId: b.organizationId },
    }),
    expect: 'FORBIDDEN',
  },
  'Query.systemCheck': {
    query: 'query ($id: ID!) { systemCheck(id: $id) { id } }',
    variables: (b) => ({ id: b.systemCheckId }),
    expect: 'NOT_FOUND',
  },
  'Query.auditEvents': {
    query:
      'query ($actor: ID!) { auditEvents(filter: { actorUserId: $actor }) { edges { node { id } } } }',
    variables: (b) => ({ actor: b.userId }),
    expect: 'EMPTY',
  },
};

/** Query and mutation fields with an ID among their arguments, at any depth of input. */
function operationsTakingIds(): string[] {
  const schema = buildSchema(
    readFileSync(join(__dirname, '../../apps/api/schema.graphql'), 'utf8'),
  );
  const takesId = (
    fields: readonly (GraphQLArgument | GraphQLInputField)[],
    seen: Set<string>,
  ): boolean =>
    fields.some((field) => {
      const type = getNamedType(field.type);
      if (type.name === 'ID') return true;
      if (!isInputObjectType(type) || seen.has(type.name)) return false;
      seen.add(type.name);
      return takesId(Object.values(type.getFields()), seen);
    });
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => takesId(field.args, new Set()))
      .map((field) => `${root!.name}.${field.name}`),
  );
}

describe('two organizations, end to end over HTTP', () => {
  const sink = new SmtpSink();
  let environment: TestEnvironment;
  let api: AppProcess;
  let worker: AppProcess;
  let anonymous: ApiClient;
  let adminA: TestAuth;
  let b: BIds;

  /** Every row of B's organization, as text: what "changes nothing" is checked against. */
  async function organizationBRows(): Promise<string> {
    const tables = await superuserQuery<{ table_name: string }>(
      environment.db.adminUrl,
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`,
    );
    const parts = [
      JSON.stringify(
        await superuserQuery(environment.db.adminUrl, 'SELECT * FROM organization WHERE id = $1', [
          b.organizationId,
        ]),
      ),
    ];
    for (const { table_name: table } of tables) {
      const rows = await superuserQuery(
        environment.db.adminUrl,
        `SELECT * FROM "${table}" WHERE organization_id = $1 ORDER BY id`,
        [b.organizationId],
      );
      parts.push(`${table}: ${JSON.stringify(rows)}`);
    }
    return parts.join('\n');
  }

  beforeAll(async () => {
    await sink.start();
    const [apiPort, workerPort] = [await freePort(), await freePort()];
    environment = await createTestEnvironment('redis', {
      SMTP_URL: sink.url,
      API_PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
      NODE_ENV: 'production',
      MAIL_FROM: 'OnRecord <no-reply@onrecord.test>',
      PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
    });
    api = new AppProcess(ENTRY.api, environment.env);
    worker = new AppProcess(ENTRY.worker, environment.env);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await Promise.all([
      api.waitForHealth(`${apiUrl}/health`),
      worker.waitForHealth(`http://127.0.0.1:${workerPort}/health`),
    ]);
    anonymous = new ApiClient(apiUrl);
    adminA = await signUpAdmin(anonymous, 'a');
    const adminB = await signUpAdmin(anonymous, 'b');
    const asB = anonymous.as(adminB.accessToken);
    const { members } = await asB.data<{ members: { edges: Array<{ node: { id: string } }> } }>(
      '{ members { edges { node { id } } } }',
    );
    const { inviteMember } = await asB.data<{ inviteMember: { id: string } }>(
      'mutation { inviteMember(input: { email: "b-invitee@example.org", role: ADVOCATE }) { id } }',
    );
    const { requestSystemCheck } = await asB.data<{ requestSystemCheck: { id: string } }>(
      'mutation { requestSystemCheck { id } }',
    );
    // Let the worker finish B's check, so nothing moves in B while A is being refused.
    await eventually(async () => {
      const { systemCheck } = await asB.data<{ systemCheck: { status: string } }>(
        'query ($id: ID!) { systemCheck(id: $id) { status } }',
        { id: requestSystemCheck.id },
      );
      return systemCheck.status === 'COMPLETED' || undefined;
    });
    b = {
      organizationId: adminB.activeOrganization!.id,
      userId: adminB.user.id,
      memberId: members.edges[0]!.node.id,
      invitationId: inviteMember.id,
      systemCheckId: requestSystemCheck.id,
    };
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await environment?.cleanUp();
    await sink.stop();
  });

  it('has a refusal check for every operation that takes an id', () => {
    expect(Object.keys(CROSS_CALLS).sort()).toEqual(operationsTakingIds().sort());
  });

  it('refuses A every use of B’s ids, and changes nothing of B', async () => {
    const before = await organizationBRows();
    const asA = anonymous.as(adminA.accessToken);
    const outcomes: Record<string, string> = {};
    for (const [operation, call] of Object.entries(CROSS_CALLS)) {
      const response = await asA.request<Record<string, { edges?: unknown[] }>>(
        call.query,
        call.variables(b),
      );
      const code = response.errors?.[0]?.extensions?.code;
      const rows = Object.values(response.data ?? {})[0]?.edges;
      outcomes[operation] = code ?? (rows?.length === 0 ? 'EMPTY' : JSON.stringify(response.data));
    }
    expect(outcomes).toEqual(
      Object.fromEntries(Object.entries(CROSS_CALLS).map(([name, call]) => [name, call.expect])),
    );
    expect(await organizationBRows()).toBe(before);
  });
});
