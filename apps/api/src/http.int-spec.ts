import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ACCESS_RULE } from '@onrecord/platform/auth';
import { GRAPHQL_LIMITS } from '@onrecord/platform/graphql';
import { QueueDashboardController } from '@onrecord/platform/observability';
import { createTestEnvironment, type TestEnvironment } from '@onrecord/platform/testing';
import { AppModule } from './app.module';

/** A route that forgot to say who may call it. */
@Controller('undeclared')
class UndeclaredController {
  @Get()
  secret(): string {
    return 'should not be seen';
  }
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** GraphQL-over-HTTP and browsers' expectations: status codes, media types, headers. */
describe('HTTP', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    environment = await createTestEnvironment('postgres');
    const module = await Test.createTestingModule({
      imports: [AppModule.forRoot(environment.config)],
      controllers: [UndeclaredController],
    }).compile();
    app = module.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(async () => {
    await app?.close();
    await environment?.cleanUp();
  });

  function post(body: string, accept?: string): Promise<Response> {
    return fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
      body,
    });
  }

  async function errorsOf(response: Response): Promise<Array<{ message: string; code?: string }>> {
    const body = (await response.json()) as {
      errors?: Array<{ message: string; extensions?: { code?: string } }>;
    };
    return (body.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code }));
  }

  describe('a request that cannot be parsed or validated answers 400', () => {
    it('a syntax error, asked with the GraphQL response media type', async () => {
      const response = await post('{"query":"{"}', `${GRAPHQL_RESPONSE}, application/json;q=0.9`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain(GRAPHQL_RESPONSE);
      expect(await errorsOf(response)).toEqual([
        expect.objectContaining({ code: 'GRAPHQL_PARSE_FAILED' }),
      ]);
    });

    it('a syntax error, as curl sends it', async () => {
      const response = await post('{"query":"{"}', '*/*');
      expect(response.status).toBe(400);
      expect(await errorsOf(response)).toEqual([
        expect.objectContaining({ code: 'GRAPHQL_PARSE_FAILED' }),
      ]);
    });

    it('a document over the token limit', async () => {
      const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => '__typename').join(' ');
      const response = await post(JSON.stringify({ query: `{ ${fields} }` }), GRAPHQL_RESPONSE);
      expect(response.status).toBe(400);
      const [error] = await errorsOf(response);
      expect(error?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(error?.message).toMatch(/tokens/);
    });

    it('a field the schema does not have', async () => {
      const response = await post(JSON.stringify({ query: '{ noSuchField }' }), GRAPHQL_RESPONSE);
      expect(response.status).toBe(400);
      expect((await errorsOf(response))[0]?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('a query over the cost limit, refused as such and not as a "Syntax Error"', async () => {
      // A dashboard's two lists at 50 with each request's deadline, recipients, answers
      // and case: well-formed, valid, and over the cost limit.
      const page = `edges { node { id subject status sentOn overdue body trigger
        deadline { dueOn citation ruleId summary verified }
        recipients { id name email role title school { id name } district { id name } }
        responses { id receivedOn outcome summary reasons commitments { id dueOn } }
        case { id title status family { id householdName guardians { id name } }
          student { id name grade school { id name } } } } }`;
      const query = `{
        overdueRequests(first: 50) { ${page} }
        dueSoonRequests(first: 50) { ${page} }
      }`;
      const response = await post(JSON.stringify({ query }), GRAPHQL_RESPONSE);
      expect(response.status).toBe(400);
      const errors = await errorsOf(response);
      expect(errors).toEqual([
        {
          code: 'GRAPHQL_VALIDATION_FAILED',
          message: expect.stringMatching(/^This query asks for too much at once/),
        },
      ]);
      expect(JSON.stringify(errors)).not.toMatch(/Syntax Error/);
    });
  });

  it('sends security headers and no X-Powered-By on every answer', async () => {
    for (const path of ['/graphql', '/health', '/graphiql', '/no-such-page']) {
      const response = await fetch(`${url}${path}`, {
        method: path === '/graphql' ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
        body: path === '/graphql' ? '{"query":"{ __typename }"}' : undefined,
      });
      const headers = response.headers;
      expect(headers.get('x-powered-by')).toBeNull();
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      // Not in development or tests: see security-headers.spec.ts for production.
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('serves the explorer page with no inline script, and its scripts as JavaScript', async () => {
    const page = await (await fetch(`${url}/graphiql`)).text();
    // Every script tag loads a file (an inline one would need 'unsafe-inline' in the CSP).
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const scripts = [...page.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const response = await fetch(`${url}${script}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
      const body = await response.text();
      expect(body.startsWith('{"type":"Buffer"')).toBe(false);
    }
  });

  it('refuses an HTTP route that declares no access rule; health and the explorer are public', async () => {
    const undeclared = await fetch(`${url}/undeclared`);
    expect(undeclared.status).toBe(403);
    expect(await undeclared.text()).not.toContain('should not be seen');
    expect((await fetch(`${url}/health`)).status).toBe(200);
    expect((await fetch(`${url}/graphiql`)).status).toBe(200);
  });

  it("declares the queue dashboard's route for operators, and has none when it is off", async () => {
    // @Operators: no organization's credential reaches it; it asks for its own (HTTP Basic,
    // queue-dashboard.int-spec.ts). This api has no dashboard (not configured, and its queue
    // runs on PostgreSQL): the path is a plain 404, never the web app nor the board.
    const rule = Reflect.getMetadata(ACCESS_RULE, QueueDashboardController) as unknown;
    expect(rule).toEqual({ kind: 'operators' });
    const response = await fetch(`${url}/admin/queues`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('www-authenticate')).toBeNull();
  });
});
