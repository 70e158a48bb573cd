import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printCommittedSchema, GRAPHQL_LIMITS } from '@onrecord/platform/graphql';
import { createTestEnvironment, graphql, type TestEnvironment } from '@onrecord/platform/testing';
import { AppModule } from './app.module';

const SCHEMA_FILE = join(__dirname, '..', 'schema.graphql');

describe('api over HTTP', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    environment = await createTestEnvironment('redis');
    app = await NestFactory.create(AppModule.forRoot(environment.config), { logger: false });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });
  afterAll(async () => {
    await app.close();
    await environment.cleanUp();
  });

  it('matches the committed schema (run `npm run schema:emit` after a deliberate change)', () => {
    const current = printCommittedSchema(app.get(GraphQLSchemaHost).schema);
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, current);
    expect(current).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('reports health of PostgreSQL and the queue', async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, queue: { status: 'up' } },
    });
  });

  it('answers UNAUTHENTICATED to a protected operation without a token, and echoes the request id', async () => {
    const response = await graphql(
      url,
      'query { systemCheck(id: "6bb2849e-6aef-4c0c-8378-0ec7d0b3795e") { id } }',
      undefined,
      { 'x-request-id': 'test-request-0001' },
    );
    expect(response.headers.get('x-request-id')).toBe('test-request-0001');
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'Sign in again: your session is missing, invalid or has expired.',
        extensions: { code: 'UNAUTHENTICATED' },
      }),
    ]);
  });

  it('refuses queries over the alias limit', async () => {
    const aliases = Array.from(
      { length: GRAPHQL_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: systemCheck(id: "x") { id }`,
    ).join(' ');
    const response = await graphql(url, `query { ${aliases} }`);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('rejects a browser-simple GET without a preflight header (CSRF prevention)', async () => {
    const response = await fetch(`${url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });

  it('serves a GraphQL explorer without any CDN in development', async () => {
    const page = await (await fetch(`${url}/graphiql`)).text();
    const sources = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source.startsWith('/graphiql/assets/')).toBe(true);
      const asset = await fetch(`${url}${source}`);
      expect(asset.status).toBe(200);
    }
  });
});
