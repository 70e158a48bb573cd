import type { IncomingMessage } from 'node:http';
import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { APP_CONFIG, AppConfig } from '@onrecord/platform/config';
import { DataScopes } from '@onrecord/platform/database';
import { RequestContext } from '@onrecord/platform/request';
import { requestScopePlugin } from './request-scope.plugin';
import { errorShapePlugin, formatDomainError } from './format-error';
import { GraphiqlController } from './graphiql.controller';
import { ClientErrorFilter } from './client-error.filter';
import { inputValidationPipe } from './validation';
import { securityHeaders } from './security-headers';
import { armorRefusal, COST_LIMIT_MESSAGE } from './limits';
import { inputEdgePlugin } from './input-edge.plugin';
import { graphqlMetricsPlugin } from './graphql-metrics.plugin';

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
export class GraphqlModule implements NestModule {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Security headers on every HTTP answer of the process, not only /graphql. */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(securityHeaders({ production: this.config.env === 'production' }))
      .forRoutes('{*path}');
  }

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
            // graphql-armor's refusals call themselves "Syntax Error" and are thrown from
            // inside validation; reported instead, they are validation errors (HTTP 400)
            // with a message about the limit. The token limit is graphql-js's own parse
            // option: the armor's token plugin parses in a hook, so a syntax error or a
            // long document became an HTTP 500.
            const refused = { propagateOnRejection: false, onReject: [armorRefusal] };
            const armor = new ApolloArmor({
              maxDepth: { n: GRAPHQL_LIMITS.maxDepth, ...refused },
              maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...refused },
              maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...refused },
              maxTokens: { enabled: false },
              costLimit: {
                maxCost: GRAPHQL_LIMITS.maxCost,
                exposeLimits: false,
                errorMessage: COST_LIMIT_MESSAGE,
                ...refused,
              },
              blockFieldSuggestion: { enabled: !config.graphql.introspection },
            }).protect();
            return {
              path: '/graphql',
              autoSchemaFile: true,
              sortSchema: true,
              playground: false,
              introspection: config.graphql.introspection,
              includeStacktraceInErrorResponses: false,
              formatError: formatDomainError,
              parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
              plugins: [
                graphqlMetricsPlugin(),
                ...armor.plugins,
                inputEdgePlugin(),
                requestScopePlugin(),
                errorShapePlugin(),
                ApolloServerPluginLandingPageDisabled(),
                // Apollo's cache hints (no operation gives any: every answer is a member's
                // own records) would wrap every field's resolver to collect them, on every
                // field of every line of a list.
                ApolloServerPluginCacheControlDisabled(),
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
