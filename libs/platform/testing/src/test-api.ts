import type { INestApplication, DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { graphql, type GraphqlResponse } from './graphql-client';

/** An api application started in the test process, on a free port. */
export async function startTestApi(
  module: DynamicModule,
): Promise<{ app: INestApplication; url: string }> {
  const app = await NestFactory.create(module, { logger: false });
  await app.listen(0, '127.0.0.1');
  return { app, url: await app.getUrl() };
}

/** A GraphQL client bound to an api and, once signed in, a bearer token. */
export class ApiClient {
  constructor(
    readonly url: string,
    public token?: string,
  ) {}

  as(token: string | undefined): ApiClient {
    return new ApiClient(this.url, token);
  }

  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>> {
    return graphql<T>(
      this.url,
      query,
      variables,
      this.token ? { authorization: `Bearer ${this.token}` } : {},
    );
  }

  /** The data, failing the test with the errors when there are any. */
  async data<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const response = await this.request<T>(query, variables);
    if (response.errors?.length)
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data as T;
  }

  /** The first error's code (and message), for tests that expect a refusal. */
  async errorOf(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ code?: string; message: string; fields?: unknown }> {
    const response = await this.request(query, variables);
    const error = response.errors?.[0];
    if (!error) throw new Error(`expected an error, got ${JSON.stringify(response.data)}`);
    return {
      code: error.extensions?.code,
      message: error.message,
      fields: error.extensions?.['fields'],
    };
  }
}
