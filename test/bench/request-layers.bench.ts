/**
 * What each layer under `{ __typename }` costs: requests/s of the same POST /graphql answered
 * by servers that add one layer at a time, each in its own process:
 *
 * - "node:http" — reads the body and answers the fixed JSON;
 * - "express + json parser" — the same behind Express and its JSON body parser;
 * - "nest + apollo" — a Nest application (Express) with Apollo and one resolver;
 * - "nest + apollo + logging" — the same with the api's request logging (pino-http at the
 *   level "silent", the request id);
 * - "OnRecord api" — the api's own module (its GraphQL plugins, guards, limits and context).
 *
 * Run: npm run bench:request-layers [-- --seconds 10 --connections 10 --rounds 2]
 */
/* eslint-disable no-console -- a benchmark prints its figures */
import '../setup/register-paths';
import { createServer } from 'node:http';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import express from 'express';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '@onrecord/platform/config';
import { testConfig } from '@onrecord/platform/config/testing';
import { loggingOptions } from '@onrecord/platform/observability';
import { AppModule } from '../../apps/api/src/app.module';
import {
  benchOptions,
  compare,
  load,
  serverEnv,
  startAgainstServer,
  startMeasuredServer,
  withBenchEnvironment,
} from './bench-kit';

const QUERY = '{ __typename }';
const ANSWER = JSON.stringify({ data: { __typename: 'Query' } });
const VARIANTS = {
  http: 'node:http',
  express: 'express + json parser',
  nest: 'nest + apollo',
  logging: 'nest + apollo + logging',
  api: 'OnRecord api',
} as const;

@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string {
    return 'hello';
  }
}

const apollo = GraphQLModule.forRoot<ApolloDriverConfig>({
  driver: ApolloDriver,
  autoSchemaFile: true,
  path: '/graphql',
});

@Module({ imports: [apollo], providers: [HelloResolver] })
class NestApolloModule {}

@Module({
  imports: [
    apollo,
    LoggerModule.forRoot(loggingOptions('api', { logLevel: 'silent' } as AppConfig)),
  ],
  providers: [HelloResolver],
})
class NestApolloLoggingModule {}

function listening(server: ReturnType<typeof createServer>): void {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    process.send?.({ url: `http://127.0.0.1:${address.port}` });
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

async function serve(variant: keyof typeof VARIANTS): Promise<void> {
  if (variant === 'http') {
    listening(
      createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
          JSON.parse(Buffer.concat(chunks).toString('utf8'));
          res.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER);
        });
      }),
    );
    return;
  }
  if (variant === 'express') {
    const app = express();
    app.use(express.json());
    app.post('/graphql', (_req, res) => {
      res.json({ data: { __typename: 'Query' } });
    });
    listening(createServer(app));
    return;
  }
  const app =
    variant === 'api'
      ? (
          await Test.createTestingModule({
            imports: [AppModule.forRoot(testConfig(serverEnv()))],
          }).compile()
        ).createNestApplication({ logger: false })
      : await NestFactory.create(variant === 'nest' ? NestApolloModule : NestApolloLoggingModule, {
          logger: false,
        });
  await app.listen(0, '127.0.0.1');
  process.send?.({ url: (await app.getUrl()).replace('[::1]', '127.0.0.1') });
  process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

async function main(): Promise<void> {
  const options = benchOptions();
  await withBenchEnvironment(async (environment, servers) => {
    const variants = [];
    for (const [variant, label] of Object.entries(VARIANTS)) {
      const { url, pid } = await startMeasuredServer(__filename, variant, environment.env, servers);
      variants.push({
        label,
        pid,
        run: (seconds: number) => load(url, 'none', QUERY, {}, seconds, options.connections),
      });
    }
    const against = await startAgainstServer(options, __filename, 'api', environment.env, servers);
    if (against) {
      variants.push({
        label: `OnRecord api ${against.label}`,
        pid: against.pid,
        run: (seconds: number) =>
          load(against.url, 'none', QUERY, {}, seconds, options.connections),
      });
    }
    const rates = await compare(QUERY, variants, options);
    const bare = rates.get(VARIANTS.http)!;
    console.log('');
    for (const [label, rate] of rates) {
      console.log(
        `${label.padEnd(32)}${(rate / bare).toFixed(3).padStart(8)} × node:http` +
          `${(1000 / rate).toFixed(3).padStart(9)} ms/request (at ${options.connections} connections)`,
      );
    }
  });
}

if (process.argv[2] === 'serve') {
  void serve(process.argv[3] as keyof typeof VARIANTS);
} else {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
