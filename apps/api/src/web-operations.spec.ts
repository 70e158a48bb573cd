import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { Kind, buildSchema, parse, validate, visit, type DocumentNode } from 'graphql';
import { GRAPHQL_LIMITS } from '@onrecord/platform/graphql';

const ROOT = join(__dirname, '../../..');
const WEB_SRC = join(ROOT, 'apps/web/src');

/** Every `graphql(`…`)` document written in the web app's source (not the generated folder). */
function webOperations(dir = WEB_SRC): Array<{ file: string; source: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : webOperations(path);
    if (!/\.tsx?$/.test(entry.name)) return [];
    const text = readFileSync(path, 'utf8');
    return [...text.matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((m) => ({
      file: path.slice(ROOT.length + 1),
      source: m[1]!,
    }));
  });
}

/** As Apollo Client sends it: `__typename` in every selection below the root. */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename'))
        return undefined;
      return {
        ...node,
        selections: [
          ...node.selections,
          { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
        ],
      };
    },
  });
}

/**
 * The web app's operations pass the api's cost limit (graphql-armor counts depth steeply):
 * an operation over it would fail in the browser with "Query Cost limit exceeded".
 */
describe("the web app's GraphQL operations", () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'apps/api/schema.graphql'), 'utf8'));
  const operations = webOperations();

  it('are found', () => expect(operations.length).toBeGreaterThan(5));

  it.each(operations.map((o) => [o.source.trim().split('\n')[0], o]))(
    '%s is within the cost limit',
    (_name, operation) => {
      const rejected: string[] = [];
      const errors = validate(schema, withTypename(parse(operation.source)), [
        costLimitRule({
          maxCost: GRAPHQL_LIMITS.maxCost,
          onReject: [(_context, error) => rejected.push(error.message)],
          propagateOnRejection: true,
        }),
      ]);
      expect([...rejected, ...errors.map((e) => e.message)]).toEqual([]);
    },
  );
});
