import {
  Kind,
  TypeInfo,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import type { FieldProblem } from '@onrecord/platform/errors';
import { DATE_RANGE, DATE_RANGE_MESSAGE } from './date-range';

/**
 * Rules every argument value obeys whatever the operation, checked once for the whole
 * request before anything runs (see {@link inputEdgePlugin}):
 *
 * - no string or id holds NUL (U+0000): PostgreSQL cannot store it, and no person types it;
 * - an id is never the empty string: an optional id that is absent is left out or null;
 * - a DateTime is an ISO 8601 instant that exists (no 30 February, no bare number) with an
 *   offset, between 1900 and 2200.
 *
 * Fields are named as the input validation names them: from the argument, without the
 * `input.` of a mutation's single input object (`name`, `guardians.0.email`, `schoolId`).
 */
export function inputEdgeProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldProblem[] {
  const { defaults, sites } = argumentsOf(schema, document, operation);
  if (sites.length === 0) return [];
  const values = { ...defaults, ...variables };
  const problems: FieldProblem[] = [];
  for (const site of sites) {
    check(valueFromASTUntyped(site.value, values), site.type, site.path, problems);
  }
  return dedupe(problems);
}

/** An argument an operation passes: its value as written (a literal or a variable). */
interface ArgumentSite {
  value: ValueNode;
  type: GraphQLInputType;
  /** The field name its problems start from. */
  path: string;
}

interface OperationArguments {
  /** The defaults the document gives its variables: a variable left out takes one. */
  defaults: Record<string, unknown>;
  sites: ArgumentSite[];
}

/**
 * The arguments of each operation, found once: Apollo keeps the parsed document of every
 * query it has seen and hands the same nodes to each request, so the walk over the document
 * with the schema's types (most of this check's cost) is not repeated per request.
 */
const argumentsBySchema = new WeakMap<
  GraphQLSchema,
  WeakMap<OperationDefinitionNode, OperationArguments>
>();

function argumentsOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): OperationArguments {
  let known = argumentsBySchema.get(schema);
  if (!known) {
    known = new WeakMap();
    argumentsBySchema.set(schema, known);
  }
  const cached = known.get(operation);
  if (cached) return cached;
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((definition) =>
      definition.defaultValue
        ? [[definition.variable.name.value, valueFromASTUntyped(definition.defaultValue)]]
        : [],
    ),
  );
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  // Only the operation that runs and the fragments it may spread.
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (const definition of [operation, ...fragments]) {
    visit(
      definition,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (!argument) return;
          const start = argument.name === 'input' && isInputObjectType(getNamedType(argument.type));
          sites.push({ value: node.value, type: argument.type, path: start ? '' : argument.name });
        },
      }),
    );
  }
  const found = { defaults, sites };
  known.set(operation, found);
  return found;
}

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

function check(
  value: unknown,
  type: GraphQLInputType,
  path: string,
  problems: FieldProblem[],
): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, index) =>
      check(item, nullable.ofType, Array.isArray(value) ? join(path, index) : path, problems),
    );
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    const record = value as Record<string, unknown>;
    for (const field of Object.values(nullable.getFields())) {
      check(record[field.name], field.type, join(path, field.name), problems);
    }
    return;
  }
  const problem = scalarProblem(nullable.name, value);
  if (problem) problems.push({ field: path, message: problem });
}

function scalarProblem(typeName: string, value: unknown): string | undefined {
  if (typeof value === 'string' && value.includes('\u0000')) {
    return 'must not contain the NUL character (U+0000)';
  }
  if (typeName === 'ID' && value === '') {
    return 'must be an id; leave it out (or send null) when there is none';
  }
  if (typeName === 'DateTime') return dateTimeProblem(value);
  return undefined;
}

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

/** Why a DateTime argument is refused, or undefined when it is a real instant in range. */
export function dateTimeProblem(value: unknown): string | undefined {
  const format = 'must be a date and time written like 2025-10-06T09:30:00Z (with an offset)';
  if (typeof value !== 'string') return format;
  const match = INSTANT.exec(value);
  if (!match) return format;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [
    1, 2, 3, 4, 5, 6, 8, 9,
  ].map((group) => Number(match[group] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // The range first: Date.UTC reads years 0 to 99 as 1900 to 1999.
  const date = value.slice(0, 10);
  if (date < DATE_RANGE.first || date > DATE_RANGE.last) return DATE_RANGE_MESSAGE;
  const calendar = new Date(Date.UTC(year, month - 1, day));
  const exists =
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHours <= 23 &&
    offsetMinutes <= 59;
  if (!exists) return `${format}; ${value.slice(0, 40)} is not a real date and time`;
  return undefined;
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}\n${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
