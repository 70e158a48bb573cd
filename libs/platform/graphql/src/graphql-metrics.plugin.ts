import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { metrics, type Attributes } from '@opentelemetry/api';

/** At most this many root fields name an operation; more are "…" (a bounded set of names). */
const NAMED_FIELDS = 3;

/**
 * GraphQL requests, errors and latency by operation (OpenTelemetry metrics; no-ops while
 * telemetry is off):
 * - `onrecord.graphql.requests` {graphql.operation.type, graphql.operation.name}
 * - `onrecord.graphql.errors` {…, error.code}: one per error answered (BAD_USER_INPUT, …)
 * - `onrecord.graphql.request.duration` (s) {…}: from the request's start until its answer is
 *   sent, the commit included (the answer waits for it).
 * An operation is named by its root fields as the schema names them (`createWrittenRequest`),
 * not by the operation name a client chose: a bounded set, never anything a person typed.
 * A document that cannot be parsed or validated is `invalid`.
 */
export function graphqlMetricsPlugin(): ApolloServerPlugin<{ req?: { res?: ServerResponse } }> {
  const meter = metrics.getMeter('onrecord');
  const requests = meter.createCounter('onrecord.graphql.requests', {
    description: 'GraphQL requests answered, by operation',
    unit: '{request}',
  });
  const errors = meter.createCounter('onrecord.graphql.errors', {
    description: 'Errors in GraphQL answers, by operation and code',
    unit: '{error}',
  });
  const duration = meter.createHistogram('onrecord.graphql.request.duration', {
    description: 'Time from a GraphQL request to its answer, by operation',
    unit: 's',
  });
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ response, operation }) {
          const record = () => {
            const attributes = operationAttributes(operation);
            requests.add(1, attributes);
            duration.record((performance.now() - started) / 1000, attributes);
            for (const code of errorCodes(response))
              errors.add(1, { ...attributes, 'error.code': code });
          };
          // Other plugins' hooks (the commit) run beside this one and may still change the
          // answer: read it once it has been sent.
          const res = contextValue.req?.res;
          if (res && !res.writableFinished) res.once('close', record);
          else record();
        },
      };
    },
  };
}

const INVALID: Attributes = {
  'graphql.operation.type': 'invalid',
  'graphql.operation.name': 'invalid',
};

/** Named once per parsed operation: Apollo hands every request of a known query the same nodes. */
const attributesOf = new WeakMap<OperationDefinitionNode, Attributes>();

export function operationAttributes(operation: OperationDefinitionNode | undefined): Attributes {
  if (!operation) return INVALID;
  const known = attributesOf.get(operation);
  if (known) return known;
  const attributes = nameOperation(operation);
  attributesOf.set(operation, attributes);
  return attributes;
}

function nameOperation(operation: OperationDefinitionNode): Attributes {
  const fields = [
    ...new Set(
      operation.selectionSet.selections.flatMap((s) =>
        s.kind === Kind.FIELD ? [s.name.value] : [],
      ),
    ),
  ].sort();
  const name =
    fields.length > NAMED_FIELDS
      ? `${fields.slice(0, NAMED_FIELDS).join(',')},…`
      : fields.join(',') || 'fragment';
  return { 'graphql.operation.type': operation.operation, 'graphql.operation.name': name };
}

function errorCodes(response: GraphQLResponse): string[] {
  if (response.body.kind !== 'single') return [];
  return (response.body.singleResult.errors ?? []).map((error) =>
    typeof error.extensions?.['code'] === 'string'
      ? error.extensions['code']
      : 'INTERNAL_SERVER_ERROR',
  );
}
