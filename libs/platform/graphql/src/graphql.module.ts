import type { IncomingMessage } from 'node:http';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { DataScopes } from '@onrecord/platform/database';
import { RequestContext } from './request-context';
import { requestScopePlugin } from './request-scope.plugin';
import { errorShapePlugin } from './format-error';
import { GraphiqlController } from './graphiql.controller';
import { ClientErrorFilter } from './client-error.filter';
import { inputValidationPipe } from './validation';
import { inputEdgePlugin } from './input-edge.plugin';

/** Limits on what one request may ask for, so one query cannot exhaust the server. */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 5000,
  maxCost: 20000,
} as const;

export interface GraphqlContext {
  req: IncomingMessage & { id?: string };
  /** Who calls, and the request's transaction. */
  request: RequestContext;
}

/**
 * Code-first GraphQL on Apollo at /graphql. Resolvers come from the feature modules the app
 * imports; this module owns the endpoint's rules: error shape, limits, introspection and the
 * local explorer.
 */
@Module({})
export class GraphqlModule {
  static forRoot(options: { explorer: boolean }): DynamicModule {
    return {
      module: GraphqlModule,
      controllers: options.explorer ? [GraphiqlController] : [],
      providers: [
        { provide: APP_FILTER, useClass: ClientErrorFilter },
        { provide: APP_PIPE, useFactory: inputValidationPipe },
      ],
      imports: [
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, DataScopes],
          useFactory: (config: AppConfig, scopes: DataScopes) => {
            const armor = new ApolloArmor({
              maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
              maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
              maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
              maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
              costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
              blockFieldSuggestion: { enabled: !config.graphql.introspection },
            }).protect();
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              playground: false,
              introspection: config.graphql.introspection,
              includeStacktraceInErrorResponses: false,
              plugins: [
                ...armor.plugins,
                inputEdgePlugin(),
                requestScopePlugin(),
                errorShapePlugin(),
                ApolloServerPluginLandingPageDisabled(),
              ],
              validationRules: armor.validationRules,
              context: ({ req }: { req: GraphqlContext['req'] }): GraphqlContext => ({
                req,
                request: new RequestContext(req, scopes),
              }),
            };
          },
        }),
      ],
    };
  }
}
