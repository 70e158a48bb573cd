import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Pool } from 'pg';
import {
  ApiClient,
  AUTH_FIELDS,
  createTestEnvironment,
  graphql,
  signUpAdmin,
  startTestApi,
  TEST_PASSWORD,
  type TestAuth,
  type TestEnvironment,
} from '@onrecord/platform/testing';
import { AppModule } from './app.module';

const NUL = '\u0000';
const POOL_SIZE = 10;

/**
 * Hostile requests to every public operation: a NUL in each text (PostgreSQL refuses it in
 * a setting or a value), bad tokens and ids. None needs an account.
 */
const HOSTILE: Record<string, { query: string; variables: Record<string, unknown> }> = {
  signUp: {
    query: `mutation ($input: SignUpInput!) { signUp(input: $input) }`,
    variables: {
      input: {
        email: 'hostile@example.org',
        name: `N${NUL}`,
        password: `a long enough password ${NUL}`,
        organization: { name: `O${NUL}`, timeZone: 'America/Chicago', homeState: 'TX' },
      },
    },
  },
  confirmSignUp: {
    query: `mutation ($t: String!) { confirmSignUp(token: $t) { accessToken } }`,
    variables: { t: `x${NUL}` },
  },
  logIn: {
    query: `mutation ($input: LogInInput!) { logIn(input: $input) { accessToken } }`,
    variables: { input: { email: `x${NUL}@example.org`, password: 'x' } },
  },
  refreshSession: {
    query: `mutation ($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
    variables: { t: `x${NUL}` },
  },
  logOut: {
    query: `mutation ($t: String!) { logOut(refreshToken: $t) }`,
    variables: { t: `x${NUL}` },
  },
  acceptInvitation: {
    query: `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }`,
    variables: { input: { token: `x${NUL}`, name: `N${NUL}`, password: `p${NUL}` } },
  },
  requestSignInLink: {
    query: `mutation ($e: String!) { requestSignInLink(email: $e) }`,
    variables: { e: `x${NUL}@example.org` },
  },
  requestPortalSignIn: {
    query: `mutation ($e: String!) { requestPortalSignIn(email: $e) { message } }`,
    variables: { e: `x${NUL}@example.org` },
  },
  signInToPortal: {
    query: `mutation ($t: String!, $o: ID) { signInToPortal(token: $t, organizationId: $o) { token } }`,
    variables: { t: `x${NUL}`, o: '6bb2849e-6aef-4c0c-8378-0ec7d0b3795e' },
  },
  parentSurveyForm: {
    query: `query ($t: String!) { parentSurveyForm(token: $t) { language } }`,
    variables: { t: `ors_${NUL}` },
  },
  answerParentSurvey: {
    query: `mutation ($input: AnswerParentSurveyInput!) { answerParentSurvey(input: $input) { answeredAt } }`,
    variables: {
      input: {
        token: `ors_${NUL}`,
        comment: `c${NUL}`,
        ratings: [{ questionId: `q${NUL}`, rating: 3 }],
      },
    },
  },
};

/** The public operations of the committed access rules (so a new one must be added above). */
function publicOperations(): string[] {
  return readFileSync(join(__dirname, '..', 'access-rules.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.endsWith(': public'))
    .map((line) => line.replace(/^(Query|Mutation)\./, '').replace(/: public$/, ''))
    .sort();
}

/**
 * Issue 14: one unauthenticated request whose transaction failed went back to the pool
 * still inside it, and every later request that got that connection failed, /health
 * included. Hostile requests, more at once than the pool has connections, must leave the
 * pool as it was: a correct sign-in and /health work right after, on every connection.
 */
describe('the connection pool under hostile requests', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let url: string;
  let admin: TestAuth;

  beforeAll(async () => {
    environment = await createTestEnvironment('redis', {
      DATABASE_POOL_SIZE: String(POOL_SIZE),
    });
    ({ app, url } = await startTestApi(AppModule.forRoot(environment.config)));
    admin = await signUpAdmin(new ApiClient(url), 'pool', environment.db.adminUrl);
  });
  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
  });

  it('has a hostile request for every public operation', () => {
    expect(Object.keys(HOSTILE).sort()).toEqual(publicOperations());
  });

  it('keeps serving everyone after hostile requests to every public entry point at once', async () => {
    const rounds = Math.ceil((3 * POOL_SIZE) / Object.keys(HOSTILE).length);
    const hostile = Object.values(HOSTILE).flatMap(({ query, variables }) =>
      Array.from({ length: rounds }, () => graphql(url, query, variables)),
    );
    const answers = await Promise.all(hostile);
    expect(answers.length).toBeGreaterThan(POOL_SIZE);
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(500);
      expect(JSON.stringify(answer.errors ?? [])).not.toMatch(/transaction is aborted/);
    }

    // At once, no waiting for idle connections to time out: health, a correct sign-in, and
    // reads on more connections than the pool holds (so every pooled one is used).
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    const { logIn } = await new ApiClient(url).data<{ logIn: TestAuth }>(
      `mutation ($input: LogInInput!) { logIn(input: $input) { ${AUTH_FIELDS} } }`,
      { input: { email: 'pool@example.org', password: TEST_PASSWORD } },
    );
    expect(logIn.user.id).toBe(admin.user.id);
    const reads = await Promise.all(
      Array.from({ length: 2 * POOL_SIZE }, () =>
        new ApiClient(url, logIn.accessToken).request<{ me: { user: { id: string } } }>(
          '{ me { user { id } } }',
        ),
      ),
    );
    for (const read of reads) {
      // A read on a poisoned connection used to say "The change could not be saved".
      expect(read.errors).toBeUndefined();
      expect(read.data?.me.user.id).toBe(admin.user.id);
    }

    // The pool is at its normal size: no connection leaked, none left in a transaction.
    const pool = (app.get(DataSource).driver as unknown as { master: Pool }).master;
    expect(pool.totalCount).toBeLessThanOrEqual(POOL_SIZE);
    expect(pool.waitingCount).toBe(0);
    expect(pool.idleCount).toBe(pool.totalCount);
  });
});
